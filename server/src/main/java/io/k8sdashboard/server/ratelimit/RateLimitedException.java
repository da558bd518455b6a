package io.k8sdashboard.server.ratelimit;

import io.k8sdashboard.plugin.api.DashboardException;

/**
 * A user over one of the per-user limits, raised where no filter can answer directly (a mutation
 * made by a plugin action or by background work, a {@code subscribe} message): a 429 problem of
 * type {@code rate-limited} that keeps its {@link #retryAfterSeconds()}, so the REST answer gets
 * {@code Retry-After} and the socket's {@code error} message {@code retryAfterSeconds}.
 */
public class RateLimitedException extends DashboardException {

    private static final long serialVersionUID = 1L;

    private final Bucket bucket;
    private final long retryAfterSeconds;

    public RateLimitedException(Bucket bucket, RateDecision decision) {
        super(429, "rate-limited", "Too many requests", RateLimitFilter.detail(bucket, decision));
        this.bucket = bucket;
        this.retryAfterSeconds = decision.retryAfterSeconds();
    }

    public Bucket bucket() {
        return bucket;
    }

    /** Whole seconds until the bucket holds a token again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
