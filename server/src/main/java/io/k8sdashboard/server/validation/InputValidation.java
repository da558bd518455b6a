package io.k8sdashboard.server.validation;

import io.k8sdashboard.plugin.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks request parameters before anything is sent to the API server, so bad input is a 400
 * naming the parameter rather than a confusing API server error (or a request built from it).
 */
public final class InputValidation {

    /*
     * The *_PATTERN strings are what /openapi publishes (ECMA-262 and java.util.regex read them
     * alike) and what this class checks: one source, so the contract cannot drift from the code.
     */

    /** A namespace: a DNS-1123 label of at most 63 characters. */
    public static final String NAMESPACE_PATTERN = "^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$";
    /** The {@code namespace} query parameter: a namespace, or empty for every namespace the user may read. */
    public static final String OPTIONAL_NAMESPACE_PATTERN = "^(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)?$";
    /** The namespace path segment of one object: a namespace, or {@code _} for cluster-scoped kinds. */
    public static final String NAMESPACE_OR_CLUSTER_PATTERN = "^(?:_|[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)$";
    /** An object name: a DNS-1123 subdomain (at most {@link #MAX_NAME} characters). */
    public static final String NAME_PATTERN = "^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$";
    /** Longest object name. */
    public static final int MAX_NAME = 253;
    /**
     * A kind as kubectl names it ({@code pods}, {@code Pod}, {@code deployments.apps},
     * {@code certificates.cert-manager.io}): letters, digits, '-' and '.', at most {@link #MAX_KIND}.
     */
    public static final String KIND_PATTERN = "^[A-Za-z0-9](?:[-A-Za-z0-9.]*[A-Za-z0-9])?$";
    /** Longest kind name. */
    public static final int MAX_KIND = 253;

    private static final String BLANKS = "[ \\t]*";
    private static final String LABEL_NAME = "[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?";
    private static final String LABEL_PREFIX = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*";
    private static final String LABEL_KEY = "(?:" + LABEL_PREFIX + "/)?" + LABEL_NAME;
    private static final String REQUIREMENT_SYNTAX = BLANKS + "(?:!" + BLANKS + LABEL_KEY + "|" + LABEL_KEY
            + "(?:" + BLANKS + "(?:==|!=|=)" + BLANKS + "(?:" + LABEL_NAME + ")?"
            + "|[ \\t]+(?:in|notin)" + BLANKS + "\\(" + BLANKS + LABEL_NAME + BLANKS
            + "(?:," + BLANKS + LABEL_NAME + BLANKS + ")*\\))?)" + BLANKS;
    /**
     * A Kubernetes label selector ({@code app=web,tier!=db,env in (a,b),!legacy}), or blank for
     * none. Label names and values up to 63 characters; the API server alone checks that a key's
     * DNS prefix is at most 253 characters.
     */
    public static final String LABEL_SELECTOR_PATTERN = "^(?:" + BLANKS + "|" + REQUIREMENT_SYNTAX
            + "(?:," + REQUIREMENT_SYNTAX + ")*)$";

    private static final Pattern NAMESPACE = Pattern.compile(NAMESPACE_PATTERN);
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final Pattern KIND = Pattern.compile(KIND_PATTERN);
    private static final Pattern SELECTOR = Pattern.compile(LABEL_SELECTOR_PATTERN);
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,4}");

    /** Largest page a client may ask for. */
    public static final int MAX_LIMIT = 1000;

    private InputValidation() {
    }

    /** A namespace: a DNS-1123 label of at most 63 characters. */
    public static String namespace(String parameter, String value) {
        if (value == null || !NAMESPACE.matcher(value).matches()) {
            throw new InvalidInputException(parameter, "'" + abbreviate(value)
                    + "' is not a valid namespace (lowercase letters, digits and '-', at most 63 characters)");
        }
        return value;
    }

    /** An object name: a DNS-1123 subdomain of at most 253 characters. */
    public static String name(String parameter, String value) {
        if (value == null || value.length() > MAX_NAME || !NAME.matcher(value).matches()) {
            throw new InvalidInputException(parameter, "'" + abbreviate(value)
                    + "' is not a valid object name (lowercase letters, digits, '-' and '.', at most 253 characters)");
        }
        return value;
    }

    /** A kind's name as written in a URL, before it is looked up (an unknown kind is a 404 later). */
    public static String kind(String value) {
        if (value == null || value.length() > MAX_KIND || !KIND.matcher(value).matches()) {
            throw new InvalidInputException("kind", "'" + abbreviate(value)
                    + "' is not a kind name (letters, digits, '-' and '.', like pods or deployments.apps)");
        }
        return value;
    }

    /** A page size between 1 and {@link #MAX_LIMIT} in plain digits; {@code null} stays unset. */
    public static Integer limit(String value) {
        if (value == null) {
            return null;
        }
        if (LIMIT.matcher(value).matches()) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", got '" + abbreviate(value) + "'");
    }

    /** The representation of a single object: json (default, when absent) or yaml. */
    public static String format(String value) {
        if (value == null) {
            return "json";
        }
        if (!value.equals("json") && !value.equals("yaml")) {
            throw new InvalidInputException("format", "must be json or yaml, got '" + abbreviate(value) + "'");
        }
        return value;
    }

    /** A sort direction: asc (default, when absent) or desc. */
    public static String order(String value) {
        if (value == null) {
            return "asc";
        }
        if (!value.equals("asc") && !value.equals("desc")) {
            throw new InvalidInputException("order", "must be asc or desc, got '" + abbreviate(value) + "'");
        }
        return value;
    }

    /**
     * A Kubernetes label selector ({@code app=web,tier!=db,env in (a,b),!legacy}); returned
     * normalized, {@code null} when blank.
     */
    public static String labelSelector(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean valid = SELECTOR.matcher(value).matches();
        if (valid && value.isBlank()) {
            return null; // spaces and tabs only
        }
        // The parser names what is wrong; the published pattern has the last word.
        List<String> normalized = new ArrayList<>();
        for (String raw : LabelSelectorSyntax.splitTopLevel(value)) {
            String requirement = raw.trim();
            if (requirement.isEmpty()) {
                throw invalidSelector(value, "empty requirement");
            }
            normalized.add(requirement(requirement, value));
        }
        if (!valid) {
            throw invalidSelector(value, "write key=value, key!=value, key in (a,b), key notin (a), key or !key, joined by commas");
        }
        return String.join(",", normalized);
    }

    private static String requirement(String requirement, String selector) {
        Matcher set = LabelSelectorSyntax.SET_REQUIREMENT.matcher(requirement);
        if (set.matches()) {
            labelKey(set.group(1), selector);
            List<String> values = new ArrayList<>();
            for (String v : set.group(3).split(",", -1)) {
                values.add(labelValue(v.trim(), selector));
            }
            if (values.stream().anyMatch(String::isEmpty)) {
                throw invalidSelector(selector, "empty value in '" + requirement + "'");
            }
            return set.group(1) + " " + set.group(2) + " (" + String.join(",", values) + ")";
        }
        Matcher equality = LabelSelectorSyntax.EQUALITY.matcher(requirement);
        if (equality.matches()) {
            labelKey(equality.group(1), selector);
            labelValue(equality.group(3), selector);
            return equality.group(1) + equality.group(2) + equality.group(3);
        }
        String key = requirement.startsWith("!") ? requirement.substring(1).trim() : requirement;
        labelKey(key, selector);
        return requirement.startsWith("!") ? "!" + key : key;
    }

    private static void labelKey(String key, String selector) {
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? null : key.substring(0, slash);
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (prefix != null && (prefix.isEmpty() || !Pattern.matches(LABEL_PREFIX, prefix))) {
            throw invalidSelector(selector, "'" + abbreviate(key) + "' has an invalid prefix");
        }
        if (!Pattern.matches(LABEL_NAME, name)) {
            throw invalidSelector(selector, "'" + abbreviate(key) + "' is not a valid label key");
        }
    }

    private static String labelValue(String value, String selector) {
        if (!value.isEmpty() && !Pattern.matches(LABEL_NAME, value)) {
            throw invalidSelector(selector, "'" + abbreviate(value) + "' is not a valid label value");
        }
        return value;
    }

    private static InvalidInputException invalidSelector(String selector, String why) {
        return new InvalidInputException("labelSelector", "'" + abbreviate(selector) + "' is not a valid label selector: " + why);
    }

    /**
     * A boolean query parameter ({@code dryRun}, {@code force}): {@code true} or {@code false};
     * absent is {@code false}.
     */
    public static boolean flag(String parameter, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidInputException(parameter, "must be true or false, got '" + abbreviate(value) + "'");
    }

    /** Echoes at most 100 characters of client input back ({@code null}: nothing). */
    public static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
