package io.k8sdashboard.server.mutations;

/**
 * The seam every mutation attempt passes: the mutation service calls each observer (CDI beans
 * implementing this) once per attempt, after its outcome is known, on the request's thread.
 * Audit records are written here; later observers (metrics, rate limits) plug in the same way.
 * An observer must not throw: a failing observer is logged and skipped, never fails the change.
 */
public interface MutationObserver {

    /** Called once per attempt. */
    void attempted(MutationAttempt attempt);
}
