package io.k8sdashboard.server.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded retries with exponential backoff and full jitter: before retry {@code n} (1-based) it
 * waits a random time in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}, so replicas retrying
 * after the same outage spread out instead of arriving together.
 *
 * @param maxAttempts attempts in all, the first included ({@code 1}: no retry)
 * @param baseDelay the first retry's upper bound
 * @param maxDelay the cap of any wait, also of a server's {@code Retry-After} that is honoured
 */
public record Backoff(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Whether another attempt may follow attempt {@code attempt} (1-based). */
    public boolean mayRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait before retrying after attempt {@code attempt} (1-based), with full jitter. */
    public Duration delayAfter(int attempt) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, attempt - 1));
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /**
     * The wait a server asked for ({@code Retry-After} in seconds), or {@code null} when it asked
     * for longer than {@link #maxDelay()}: then the answer goes back to the caller rather than
     * holding the request.
     */
    public Duration honour(Duration retryAfter) {
        return retryAfter.compareTo(maxDelay) > 0 ? null : retryAfter;
    }
}
