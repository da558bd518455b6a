package io.k8sdashboard.plugin.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One input field of a {@link ResourceAction}: a property of its parameter schema
 * ({@link ActionParameters}). The host validates a request body against it before the action
 * runs (a 400 problem naming the field otherwise), and the UI renders a form field from it.
 *
 * <p>Made with {@link #string}, {@link #integer}, {@link #bool} or {@link #oneOf}, then narrowed:
 * {@code ActionParameter.integer("replicas", "Replicas").asRequired().range(0, 100)}.
 *
 * @param name the property name in the JSON body ({@code replicas})
 * @param type the JSON type
 * @param title a label for the UI
 * @param required whether the body must carry it
 * @param minimum the smallest value of an {@link Type#INTEGER}, or {@code null}
 * @param maximum the largest value of an {@link Type#INTEGER}, or {@code null}
 * @param pattern a regular expression a whole {@link Type#STRING} must match, or {@code null}
 * @param values the allowed values of an {@link Type#ENUM} (strings), empty otherwise
 * @since 1.2.0
 */
public record ActionParameter(String name, Type type, String title, boolean required, Long minimum, Long maximum,
        String pattern, List<String> values) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    /**
     * The JSON types of parameters.
     *
     * @since 1.2.0
     */
    public enum Type {
        /** A JSON string. @since 1.2.0 */
        STRING,
        /** A JSON integer (a whole number that fits a {@code long}). @since 1.2.0 */
        INTEGER,
        /** {@code true} or {@code false}. @since 1.2.0 */
        BOOLEAN,
        /** A JSON string, one of {@link ActionParameter#values()}. @since 1.2.0 */
        ENUM
    }

    /**
     * Validates the parts.
     *
     * @since 1.2.0
     */
    public ActionParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        values = values == null ? List.of() : List.copyOf(values);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be a letter then letters, digits or '_'");
        }
        if ((minimum != null || maximum != null) && type != Type.INTEGER) {
            throw new IllegalArgumentException(name + ": minimum and maximum apply to integers only");
        }
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException(name + ": minimum is above maximum");
        }
        if (pattern != null) {
            if (type != Type.STRING) {
                throw new IllegalArgumentException(name + ": a pattern applies to strings only");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ": invalid pattern: " + e.getDescription(), e);
            }
        }
        if ((type == Type.ENUM) == values.isEmpty()) {
            throw new IllegalArgumentException(name + ": an enum needs values, and only an enum has them");
        }
    }

    /**
     * An optional string.
     *
     * @param name the property name
     * @param title the label
     * @return the parameter
     * @since 1.2.0
     */
    public static ActionParameter string(String name, String title) {
        return new ActionParameter(name, Type.STRING, title, false, null, null, null, List.of());
    }

    /**
     * An optional integer.
     *
     * @param name the property name
     * @param title the label
     * @return the parameter
     * @since 1.2.0
     */
    public static ActionParameter integer(String name, String title) {
        return new ActionParameter(name, Type.INTEGER, title, false, null, null, null, List.of());
    }

    /**
     * An optional boolean.
     *
     * @param name the property name
     * @param title the label
     * @return the parameter
     * @since 1.2.0
     */
    public static ActionParameter bool(String name, String title) {
        return new ActionParameter(name, Type.BOOLEAN, title, false, null, null, null, List.of());
    }

    /**
     * An optional choice among strings.
     *
     * @param name the property name
     * @param title the label
     * @param values the allowed values
     * @return the parameter
     * @since 1.2.0
     */
    public static ActionParameter oneOf(String name, String title, String... values) {
        return new ActionParameter(name, Type.ENUM, title, false, null, null, null, List.of(values));
    }

    /**
     * This parameter, required.
     *
     * @return a copy that must be present
     * @since 1.2.0
     */
    public ActionParameter asRequired() {
        return new ActionParameter(name, type, title, true, minimum, maximum, pattern, values);
    }

    /**
     * This integer parameter, bounded (both ends included).
     *
     * @param min the smallest value
     * @param max the largest value
     * @return a copy with the bounds
     * @since 1.2.0
     */
    public ActionParameter range(long min, long max) {
        return new ActionParameter(name, type, title, required, min, max, pattern, values);
    }

    /**
     * This string parameter, which must match a regular expression as a whole.
     *
     * @param regex the expression (Java and ECMA-262 should read it alike: the UI checks it too)
     * @return a copy with the pattern
     * @since 1.2.0
     */
    public ActionParameter matching(String regex) {
        return new ActionParameter(name, type, title, required, minimum, maximum, regex, values);
    }

    /**
     * This parameter as a JSON Schema property ({@code type}, {@code title}, {@code minimum},
     * {@code maximum}, {@code pattern}, {@code enum}).
     *
     * @return the property's schema
     * @since 1.2.0
     */
    public Map<String, Object> toJsonSchema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", switch (type) {
            case STRING, ENUM -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
        });
        schema.put("title", title);
        if (minimum != null) {
            schema.put("minimum", minimum);
        }
        if (maximum != null) {
            schema.put("maximum", maximum);
        }
        if (pattern != null) {
            // JSON Schema patterns are not anchored; the host matches the whole string.
            schema.put("pattern", anchored(pattern));
        }
        if (type == Type.ENUM) {
            schema.put("enum", values);
        }
        return schema;
    }

    private static String anchored(String regex) {
        return (regex.startsWith("^") ? "" : "^") + "(?:" + regex + ")" + (regex.endsWith("$") ? "" : "$");
    }
}
