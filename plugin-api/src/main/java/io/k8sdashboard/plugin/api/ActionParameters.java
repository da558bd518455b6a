package io.k8sdashboard.plugin.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input of a {@link ResourceAction}: a JSON object whose properties are
 * {@link ActionParameter}s. Its JSON Schema form ({@link #toJsonSchema()}, a subset: an object
 * of string, integer, boolean and enum properties with {@code required}, {@code minimum},
 * {@code maximum} and {@code pattern}, no other properties) is what the host publishes for the
 * UI; the host checks every request body against it before the action runs.
 *
 * @param parameters the properties, in form order (names unique)
 * @since 1.2.0
 */
public record ActionParameters(List<ActionParameter> parameters) {

    /**
     * An action without input.
     *
     * @since 1.2.0
     */
    public static final ActionParameters NONE = new ActionParameters(List.of());

    /**
     * Validates and copies.
     *
     * @since 1.2.0
     */
    public ActionParameters {
        parameters = List.copyOf(parameters);
        Set<String> names = new HashSet<>();
        for (ActionParameter p : parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is declared twice");
            }
        }
    }

    /**
     * The parameters, in form order.
     *
     * @param parameters the properties
     * @return the schema
     * @since 1.2.0
     */
    public static ActionParameters of(ActionParameter... parameters) {
        return new ActionParameters(List.of(parameters));
    }

    /**
     * As a JSON Schema object: {@code {"type":"object","properties":{..},"required":[..],
     * "additionalProperties":false}}.
     *
     * @return the schema as a JSON tree
     * @since 1.2.0
     */
    public Map<String, Object> toJsonSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ActionParameter p : parameters) {
            properties.put(p.name(), p.toJsonSchema());
            if (p.required()) {
                required.add(p.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }
}
