package io.k8sdashboard.server.push;

/** A message from the browser, already validated by {@link ClientMessages}. */
sealed interface ClientMessage {

    /**
     * {@code {"type":"subscribe","id":"s1","kind":"pods","namespace":"team-a","labelSelector":"app=web"}}.
     *
     * @param namespace a valid namespace or {@code null} for all
     * @param labelSelector a normalized selector or {@code null}
     */
    record Subscribe(String id, String kind, String namespace, String labelSelector) implements ClientMessage {
    }

    /** {@code {"type":"unsubscribe","id":"s1"}}. */
    record Unsubscribe(String id) implements ClientMessage {
    }

    /**
     * {@code {"type":"follow","operation":"<id>"}}: the session receives the operation's events
     * (its latest one at once, when this replica has seen one).
     */
    record Follow(String operation) implements ClientMessage {
    }

    /** {@code {"type":"ping"}}: answered with a pong (keeps proxies from closing an idle socket). */
    record Ping() implements ClientMessage {
    }
}
