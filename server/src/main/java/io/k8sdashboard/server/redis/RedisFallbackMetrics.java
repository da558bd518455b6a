package io.k8sdashboard.server.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts fallbacks as the MP Metrics counter {@code dashboard_redis_fallbacks_total{operation}}. */
@ApplicationScoped
public class RedisFallbackMetrics implements FallbackCounter {

    /** The metric's name. */
    public static final String NAME = "dashboard_redis_fallbacks_total";

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Redis calls that failed or were skipped (circuit open) and were served from local state, by operation")
            .build();

    @Inject
    MetricRegistry registry;

    @Override
    public void fallback(String operation) {
        registry.counter(METADATA, new Tag("operation", operation)).inc();
    }
}
