package io.k8sdashboard.server.mutations;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to change the cluster, as the mutation service saw it: who, what, where, and how it
 * ended. Made for every attempt, also dry runs and refusals (bad input, 403 from the API server).
 *
 * @param time when the attempt ended
 * @param requestId the HTTP request's id, {@code null} outside a request
 * @param user the acting user's name ({@code null} when no user was bound: refused, 401)
 * @param groups the acting user's groups
 * @param verb create, apply, patch, delete or scale
 * @param kind the kind's resource name ({@code deployments.apps}) or, if it did not resolve, the name asked for
 * @param namespace the namespace, {@code null} for cluster-scoped kinds or when not known
 * @param name the object's name, {@code null} when not known
 * @param dryRun whether the attempt was a server-side dry run
 * @param status the HTTP status the REST API answers (success: 201 created, 204 deleted, else 200; a
 *               dry-run create 200), else the problem's status
 * @param reason the problem type of a failure, {@code null} on success
 */
public record MutationAttempt(Instant time, String requestId, String user, List<String> groups, String verb, String kind,
        String namespace, String name, boolean dryRun, int status, String reason) {

    public MutationAttempt {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** True when the attempt succeeded. */
    public boolean succeeded() {
        return status < 400;
    }
}
