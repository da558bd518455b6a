package io.k8sdashboard.server.ratelimit;

/**
 * The one mutation token an {@code /api} request other than GET/HEAD paid at the
 * {@link RateLimitFilter}, held on the request's thread while it runs: the first mutation attempt
 * made for that request uses it, so a plain REST write is charged once, and every further attempt
 * (an action that changes several objects) takes its own token. Work on other threads
 * (background work) never finds one and always pays.
 */
final class PaidMutation {

    private static final ThreadLocal<Boolean> HELD = new ThreadLocal<>();

    private PaidMutation() {
    }

    /** The filter took a mutation token for the request now running on this thread. */
    static void hold() {
        HELD.set(Boolean.TRUE);
    }

    /** Uses the held token: true once after {@link #hold()}, then false. */
    static boolean use() {
        if (HELD.get() == null) {
            return false;
        }
        HELD.remove();
        return true;
    }

    /** The request ended: a token it did not use is not carried to the thread's next request. */
    static void release() {
        HELD.remove();
    }
}
