package io.k8sdashboard.server.audit;

import io.k8sdashboard.server.mutations.MutationAttempt;
import java.time.Instant;
import java.util.List;

/**
 * One audit record: one attempt to change the cluster, a mutation or a plugin action, also a dry
 * run or a refusal. It names the object, never its content: no Secret value can appear in it.
 *
 * @param time when the attempt ended (ISO-8601, UTC)
 * @param requestId the HTTP request's id ({@code X-Request-Id}), {@code null} outside a request
 * @param user the acting user, {@code null} when none was bound (401)
 * @param groups the acting user's groups
 * @param verb create, apply, patch, delete, scale, or action
 * @param kind the kind's resource name ({@code deployments.apps}), or the name asked for when it did not resolve
 * @param namespace the namespace, {@code null} for cluster-scoped kinds or when not known
 * @param name the object's name, {@code null} when not known
 * @param dryRun whether the attempt was a dry run
 * @param status the HTTP status the REST API answers (success: 201 created, 204 deleted, else 200; a
 *               dry-run create 200), else the problem's status
 * @param reason the problem type of a failure, {@code null} on success
 * @param outcome {@value #SUCCESS}, {@value #REFUSED} (401, 403, 429: the user was not let) or
 *                {@value #ERROR} (any other failure: bad input, not found, conflict, server error)
 * @param plugin the plugin of an action, {@code null} for a mutation
 * @param action the action id, {@code null} for a mutation
 */
public record AuditRecord(String time, String requestId, String user, List<String> groups, String verb, String kind,
        String namespace, String name, boolean dryRun, int status, String reason, String outcome, String plugin,
        String action) {

    public static final String SUCCESS = "success";
    public static final String REFUSED = "refused";
    public static final String ERROR = "error";
    /** The verb of plugin actions. */
    public static final String ACTION = "action";
    /** Every verb a record can carry (also the bounded tag values of the metric). */
    public static final List<String> VERBS = List.of("create", "apply", "patch", "delete", "scale", ACTION);
    /** Every outcome a record can carry. */
    public static final List<String> OUTCOMES = List.of(SUCCESS, REFUSED, ERROR);

    public AuditRecord {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The record of a mutation attempt. */
    public static AuditRecord of(MutationAttempt a) {
        return new AuditRecord(a.time().toString(), a.requestId(), a.user(), a.groups(), a.verb(), a.kind(), a.namespace(),
                a.name(), a.dryRun(), a.status(), a.reason(), outcomeOf(a.status()), null, null);
    }

    /** The record of a plugin action's attempt. */
    public static AuditRecord ofAction(Instant time, String requestId, String user, List<String> groups, String kind,
            String namespace, String name, boolean dryRun, int status, String reason, String plugin, String action) {
        return new AuditRecord(time.toString(), requestId, user, groups, ACTION, kind, namespace, name, dryRun, status,
                reason, outcomeOf(status), plugin, action);
    }

    /** The outcome class of an HTTP status. */
    public static String outcomeOf(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        return status == 401 || status == 403 || status == 429 ? REFUSED : ERROR;
    }
}
