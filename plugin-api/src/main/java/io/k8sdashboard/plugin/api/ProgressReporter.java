package io.k8sdashboard.plugin.api;

/**
 * Reports the progress of one long-running operation to browsers, as {@code deployment:progress}
 * events with the payload {@code operationId, operation, target, percent, message, state}
 * ({@code running}, {@code succeeded}, {@code failed}). They reach the tabs that follow the
 * operation id and the tabs of the user who started the operation, on every replica. A reporter
 * may be used from any thread, also from {@link BackgroundWork}.
 *
 * @since 1.0.0
 */
public interface ProgressReporter {

    /**
     * The operation's id, returned to the client in {@link ActionResult#operationId()}.
     *
     * @return the id
     * @since 1.0.0
     */
    String operationId();

    /**
     * Reports a step.
     *
     * @param percent 0 to 100
     * @param message what is happening ("2 of 3 replicas ready")
     * @since 1.0.0
     */
    void step(int percent, String message);

    /**
     * Reports success; no further reports follow.
     *
     * @param message the outcome
     * @since 1.0.0
     */
    void succeeded(String message);

    /**
     * Reports failure; no further reports follow.
     *
     * @param message what went wrong, for the user
     * @since 1.0.0
     */
    void failed(String message);
}
