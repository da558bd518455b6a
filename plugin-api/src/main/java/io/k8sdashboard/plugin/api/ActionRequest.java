package io.k8sdashboard.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * One invocation of a {@link ResourceAction} on one object.
 *
 * @param namespace the object's namespace, {@code null} for cluster-scoped kinds
 * @param name the object's name
 * @param parameters the action's input as parsed JSON (for example {@code {"replicas": 3}}),
 *                   already checked by the host against {@link ResourceAction#parameters()}
 *                   (required fields present, types, bounds, patterns, no unknown fields);
 *                   anything the schema cannot say is the action's to check, rejecting bad
 *                   input with {@link InvalidInputException}
 * @param dryRun {@code true} when the user asked for a dry run ({@code ?dryRun=true}): the action
 *               must change nothing. It should make the same calls with the writer's server-side
 *               dry run where the writer offers one (so the API server validates and authorizes
 *               them without persisting), and otherwise check what it can (read the object,
 *               validate the input) and report what it would do without writing. Since 1.2.0.
 * @since 1.0.0
 */
public record ActionRequest(String namespace, String name, Map<String, Object> parameters, boolean dryRun) {

    /**
     * Validates and copies.
     *
     * @since 1.2.0
     */
    public ActionRequest {
        Objects.requireNonNull(name, "name");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /**
     * A request that is not a dry run.
     *
     * @param namespace the object's namespace, {@code null} for cluster-scoped kinds
     * @param name the object's name
     * @param parameters the action's input
     * @since 1.0.0
     */
    public ActionRequest(String namespace, String name, Map<String, Object> parameters) {
        this(namespace, name, parameters, false);
    }
}
