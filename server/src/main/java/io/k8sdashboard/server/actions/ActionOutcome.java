package io.k8sdashboard.server.actions;

/**
 * What {@code POST .../actions/{id}} answers after the action ran.
 *
 * @param action the action id
 * @param kind the kind's resource name
 * @param namespace the object's namespace, {@code null} for cluster-scoped kinds
 * @param name the object's name
 * @param dryRun whether it was a dry run (nothing changed)
 * @param message the action's message for the user
 * @param operationId the id of a long-running operation the action started, {@code null} when done
 * @param plugin the plugin that ran it
 */
public record ActionOutcome(String action, String kind, String namespace, String name, boolean dryRun, String message,
        String operationId, String plugin) {
}
