package io.k8sdashboard.server.resources;

import java.util.Map;

/**
 * A plugin action on a kind, as {@code GET /api/v1/resources} lists it under the kind: what the UI
 * needs to offer it (title, whether to confirm, the form from {@code parameters}) and the right it
 * takes, which the UI can ask about with {@code POST /api/v1/access-reviews} before showing it.
 *
 * @param id the action id, the last segment of its URL
 * @param title a label
 * @param destructive whether the UI should ask for confirmation
 * @param access the right checked before the action runs, on the target object
 * @param parameters the JSON Schema (subset) of the request body
 * @param plugin the contributing plugin's id
 */
public record ActionInfo(String id, String title, boolean destructive, Access access, Map<String, Object> parameters,
        String plugin) {

    /**
     * A Kubernetes RBAC right.
     *
     * @param verb the verb
     * @param group the API group, "" for core
     * @param resource the plural resource
     * @param subresource the subresource, "" for none
     */
    public record Access(String verb, String group, String resource, String subresource) {
    }
}
