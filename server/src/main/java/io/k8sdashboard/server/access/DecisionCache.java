package io.k8sdashboard.server.access;

import java.time.Duration;
import java.util.Optional;

/**
 * Where {@link AccessReviewService} keeps answered access reviews: in process
 * ({@link LocalDecisionCache}), or shared between replicas through Redis when
 * {@code dashboard.redis.url} is set (so a user's second request landing on another replica does
 * not ask the API server again).
 */
public interface DecisionCache {

    /** The cached answer to {@code key}, empty when unknown or expired. Never throws. */
    Optional<Boolean> get(AccessKey key);

    /** Remembers {@code allowed} for {@code key} during {@code ttl} (positive). Never throws. */
    void put(AccessKey key, boolean allowed, Duration ttl);
}
