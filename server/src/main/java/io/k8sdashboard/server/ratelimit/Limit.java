package io.k8sdashboard.server.ratelimit;

/**
 * One token bucket's shape: refilled at {@code perSecond} tokens a second up to {@code burst}
 * tokens; a request takes one. Zero (or less) in either disables the bucket.
 */
public record Limit(double perSecond, int burst) {

    /** A bucket that never refuses. */
    public static final Limit UNLIMITED = new Limit(0, 0);

    public static Limit perMinute(double perMinute, int burst) {
        return new Limit(perMinute / 60.0, burst);
    }

    public boolean enabled() {
        return perSecond > 0 && burst > 0;
    }
}
