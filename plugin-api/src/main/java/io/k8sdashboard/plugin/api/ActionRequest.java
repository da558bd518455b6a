package io.k8sdashboard.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * One invocation of a {@link ResourceAction} on one object.
 *
 * @param namespace the object's namespace, {@code null} for cluster-scoped kinds
 * @param name the object's name
 * @param parameters the action's input as parsed JSON (for example {@code {"replicas": 3}});
 *                   validate it and reject bad input with {@link InvalidInputException}
 * @since 1.0.0
 */
public record ActionRequest(String namespace, String name, Map<String, Object> parameters) {

    /**
     * Validates and copies.
     *
     * @since 1.0.0
     */
    public ActionRequest {
        Objects.requireNonNull(name, "name");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
