package io.k8sdashboard.server.ratelimit;

/**
 * Whether a request may proceed; when not, how long until the bucket holds a token again, in whole
 * seconds rounded up and at least 1 (the {@code Retry-After} value).
 */
public record RateDecision(boolean allowed, long retryAfterSeconds) {

    public static final RateDecision ALLOWED = new RateDecision(true, 0);

    /** Refused until a token is back in {@code waitNanos}. */
    public static RateDecision refusedFor(long waitNanos) {
        long seconds = (waitNanos + 999_999_999L) / 1_000_000_000L;
        return new RateDecision(false, Math.max(1, seconds));
    }
}
