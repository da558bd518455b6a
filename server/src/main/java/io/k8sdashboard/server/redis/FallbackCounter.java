package io.k8sdashboard.server.redis;

/** Counts calls that fell back to local state because Redis did not answer. */
@FunctionalInterface
public interface FallbackCounter {

    /** Counts nothing (tests that do not look). */
    FallbackCounter NONE = operation -> {
    };

    /**
     * One fallback.
     *
     * @param operation what was attempted: {@code publish}, {@code publish-queue-full},
     *        {@code access-get}, {@code access-put}, {@code ttl-get}, {@code ttl-put}
     */
    void fallback(String operation);
}
