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

    /**
     * Reports a step with structured details for the UI (for a rollout: {@code desired},
     * {@code updated}, {@code ready}, {@code available}, {@code condition}); the event carries them
     * as {@code details}. The default, for hosts of an older API, drops them.
     *
     * @param percent 0 to 100
     * @param message what is happening
     * @param details JSON-compatible data
     * @since 1.3.0
     */
    default void step(int percent, String message, java.util.Map<String, Object> details) {
        step(percent, message);
    }

    /**
     * Reports success with structured details (see {@link #step(int, String, java.util.Map)}).
     *
     * @param message the outcome
     * @param details JSON-compatible data
     * @since 1.3.0
     */
    default void succeeded(String message, java.util.Map<String, Object> details) {
        succeeded(message);
    }

    /**
     * Reports failure with structured details (for a rollout: the {@code reason}, such as
     * {@code ProgressDeadlineExceeded} or {@code ImagePullBackOff}).
     *
     * @param message what went wrong, for the user
     * @param details JSON-compatible data
     * @since 1.3.0
     */
    default void failed(String message, java.util.Map<String, Object> details) {
        failed(message);
    }
}
