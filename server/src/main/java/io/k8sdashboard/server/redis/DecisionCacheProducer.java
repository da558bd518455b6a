package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.access.DecisionCache;
import io.k8sdashboard.server.access.LocalDecisionCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/** The access-decision cache: shared through Redis when {@code dashboard.redis.url} is set, else in process only. */
@ApplicationScoped
public class DecisionCacheProducer {

    @Inject
    RedisConnection connection;
    @Inject
    RedisOps ops;
    @Inject
    RedisFallbackMetrics fallbacks;

    @Produces
    @ApplicationScoped
    DecisionCache decisionCache() {
        LocalDecisionCache local = new LocalDecisionCache(Clock.systemUTC(), LocalDecisionCache.MAX_ENTRIES);
        if (!connection.configured()) {
            return local;
        }
        connection.start();
        return new SharedDecisionCache(local, ops, fallbacks, Clock.systemUTC());
    }
}
