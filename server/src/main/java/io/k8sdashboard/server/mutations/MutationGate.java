package io.k8sdashboard.server.mutations;

/**
 * Asked before each mutation attempt (CDI beans implementing this), on the attempt's thread with
 * the acting user bound, whether it may go ahead: a gate refuses by throwing a
 * {@link io.k8sdashboard.plugin.api.DashboardException}, which becomes the attempt's outcome (the
 * observers record it) and reaches the caller; the cluster is not called. The per-user mutation
 * rate limit is such a gate: it sees every attempt, also those of plugin actions and background work.
 */
public interface MutationGate {

    /**
     * @param verb create, apply, patch, delete or scale
     */
    void admit(String verb);
}
