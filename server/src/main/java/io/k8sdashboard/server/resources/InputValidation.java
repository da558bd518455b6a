package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.readmodel.LabelSelectorSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks request parameters before anything is sent to the API server, so bad input is a 400
 * naming the parameter rather than a confusing API server error (or a request built from it).
 */
public final class InputValidation {

    private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_1123_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

    /** Largest page a client may ask for. */
    public static final int MAX_LIMIT = 1000;

    private InputValidation() {
    }

    /** A namespace: a DNS-1123 label of at most 63 characters. */
    public static String namespace(String parameter, String value) {
        if (value == null || value.length() > 63 || !DNS_1123_LABEL.matcher(value).matches()) {
            throw new InvalidInputException(parameter, "'" + abbreviate(value)
                    + "' is not a valid namespace (lowercase letters, digits and '-', at most 63 characters)");
        }
        return value;
    }

    /** An object name: a DNS-1123 subdomain of at most 253 characters. */
    public static String name(String parameter, String value) {
        if (value == null || value.length() > 253 || !DNS_1123_SUBDOMAIN.matcher(value).matches()) {
            throw new InvalidInputException(parameter, "'" + abbreviate(value)
                    + "' is not a valid object name (lowercase letters, digits, '-' and '.', at most 253 characters)");
        }
        return value;
    }

    /** A page size between 1 and {@link #MAX_LIMIT}; {@code null} stays unset. */
    public static Integer limit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", got '" + abbreviate(value) + "'");
    }

    /** The representation of a single object: json (default) or yaml. */
    public static String format(String value) {
        String format = value == null || value.isBlank() ? "json" : value.trim().toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("yaml")) {
            throw new InvalidInputException("format", "must be json or yaml, got '" + abbreviate(value) + "'");
        }
        return format;
    }

    /**
     * A Kubernetes label selector ({@code app=web,tier!=db,env in (a,b),!legacy}); returned
     * normalized, {@code null} when blank.
     */
    public static String labelSelector(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> requirements = LabelSelectorSyntax.splitTopLevel(value);
        List<String> normalized = new ArrayList<>();
        for (String raw : requirements) {
            String requirement = raw.trim();
            if (requirement.isEmpty()) {
                throw invalidSelector(value, "empty requirement");
            }
            normalized.add(requirement(requirement, value));
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
            if (values.isEmpty() || values.stream().allMatch(String::isEmpty) && values.size() > 1) {
                throw invalidSelector(selector, "empty value set in '" + requirement + "'");
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
        if (prefix != null && (prefix.isEmpty() || prefix.length() > 253 || !DNS_1123_SUBDOMAIN.matcher(prefix).matches())) {
            throw invalidSelector(selector, "'" + abbreviate(key) + "' has an invalid prefix");
        }
        if (name.isEmpty() || name.length() > 63 || !LABEL_NAME.matcher(name).matches()) {
            throw invalidSelector(selector, "'" + abbreviate(key) + "' is not a valid label key");
        }
    }

    private static String labelValue(String value, String selector) {
        if (!value.isEmpty() && (value.length() > 63 || !LABEL_NAME.matcher(value).matches())) {
            throw invalidSelector(selector, "'" + abbreviate(value) + "' is not a valid label value");
        }
        return value;
    }

    private static InvalidInputException invalidSelector(String selector, String why) {
        return new InvalidInputException("labelSelector", "'" + abbreviate(selector) + "' is not a valid label selector: " + why);
    }

    /** Echoes at most 100 characters of client input back. */
    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
