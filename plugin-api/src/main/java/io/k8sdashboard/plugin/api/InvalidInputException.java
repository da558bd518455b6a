package io.k8sdashboard.plugin.api;

/**
 * Bad input from the client (400): names the parameter or field at fault, which the problem
 * response carries as {@code field}.
 *
 * @since 1.0.0
 */
public class InvalidInputException extends DashboardException {

    private static final long serialVersionUID = 1L;

    private final String field;

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
    }

    /**
     * The parameter or field at fault.
     *
     * @return the field
     * @since 1.0.0
     */
    public String field() {
        return field;
    }
}
