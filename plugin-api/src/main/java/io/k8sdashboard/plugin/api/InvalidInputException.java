package io.k8sdashboard.plugin.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Bad input from the client (400): names the parameter or field at fault, which the problem
 * response carries as {@code field}. Since 1.3.0 it can carry several violations at once (a form
 * with three bad fields is one answer, not three round trips); the problem response then also
 * lists them all as {@code violations: [{field, message}]}.
 *
 * @since 1.0.0
 */
public class InvalidInputException extends DashboardException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final List<Violation> violations;

    /**
     * Creates the problem.
     *
     * @param field the parameter or field ("labelSelector", "spec.replicas")
     * @param detail what is wrong with it
     * @since 1.0.0
     */
    public InvalidInputException(String field, String detail) {
        super(400, "invalid-input", "Invalid input", field + ": " + detail);
        this.field = field;
        this.violations = List.of(new Violation(field, detail));
    }

    /**
     * Creates one problem for several bad fields.
     *
     * @param violations every field at fault, at least one; {@link #field()} is the first
     * @since 1.3.0
     */
    public InvalidInputException(List<Violation> violations) {
        super(400, "invalid-input", "Invalid input", summary(violations));
        this.violations = List.copyOf(violations);
        this.field = this.violations.get(0).field();
    }

    private static String summary(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation");
        }
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    /**
     * The parameter or field at fault (the first, when there are several).
     *
     * @return the field
     * @since 1.0.0
     */
    public String field() {
        return field;
    }

    /**
     * Every field at fault, in order.
     *
     * @return the violations, at least one
     * @since 1.3.0
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One bad field.
     *
     * @param field the field's path ("containers[0].ports[1].containerPort")
     * @param message what is wrong with it
     * @since 1.3.0
     */
    public record Violation(String field, String message) {
        /**
         * Validates.
         *
         * @since 1.3.0
         */
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
