package io.k8sdashboard.server.ratelimit;

/** Takes one token of a user's bucket: what callers outside CDI (the push sessions, tests) see of {@link RateLimiter}. */
@FunctionalInterface
public interface RateLimits {

    /** Never refuses (tests that do not look). */
    RateLimits NONE = (user, bucket) -> RateDecision.ALLOWED;

    RateDecision tryAcquire(String user, Bucket bucket);
}
