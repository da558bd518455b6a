package io.k8sdashboard.server.validation;

import io.k8sdashboard.plugin.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The grammar of a Kubernetes label selector, shared by the check of client input (the REST
 * layer's InputValidation) and the read model's matching ({@link LabelSelectorMatcher}), so the
 * two never disagree on what a requirement is.
 */
public final class LabelSelectorSyntax {

    /** A set-based requirement: {@code key in (a,b)}, {@code key notin (a)}. */
    public static final Pattern SET_REQUIREMENT = Pattern.compile("(\\S+)\\s+(in|notin)\\s*\\((.*)\\)");
    /** An equality-based requirement: {@code key=v}, {@code key==v}, {@code key!=v}. */
    public static final Pattern EQUALITY = Pattern.compile("([^=!\\s]+)\\s*(==|!=|=)\\s*(\\S*)");

    private LabelSelectorSyntax() {
    }

    /**
     * A label selector's requirements: split at the commas outside parentheses.
     *
     * @throws InvalidInputException naming {@code labelSelector} when parentheses do not balance
     */
    public static List<String> splitTopLevel(String selector) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw invalid(selector, "unbalanced ')'");
                }
            } else if (c == ',' && depth == 0) {
                parts.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw invalid(selector, "unbalanced '('");
        }
        parts.add(selector.substring(start));
        return parts;
    }

    private static InvalidInputException invalid(String selector, String why) {
        String shown = selector.length() <= 100 ? selector : selector.substring(0, 100) + "...";
        return new InvalidInputException("labelSelector", "'" + shown + "' is not a valid label selector: " + why);
    }
}
