package io.k8sdashboard.plugin.api;

import java.util.Objects;

/**
 * What an action reports back to the user.
 *
 * @param message a sentence for the user ("Scaled web to 3 replicas")
 * @param operationId the id of a long-running operation whose progress is pushed as
 *                    {@code deployment:progress} events, or {@code null} when done at once
 * @since 1.0.0
 */
public record ActionResult(String message, String operationId) {

    /**
     * Validates.
     *
     * @since 1.0.0
     */
    public ActionResult {
        Objects.requireNonNull(message, "message");
    }

    /**
     * A result of an action that completed at once.
     *
     * @param message the message
     * @return the result
     * @since 1.0.0
     */
    public static ActionResult done(String message) {
        return new ActionResult(message, null);
    }
}
