package io.k8sdashboard.server.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts refusals as the MP Metrics counter {@code dashboard_rate_limited_total{bucket}}. */
@ApplicationScoped
public class RateLimitMetrics {

    /** The metric's name. */
    public static final String NAME = "dashboard_rate_limited_total";

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Requests refused with 429 because a user was over a per-user rate limit, by bucket")
            .build();

    @Inject
    MetricRegistry registry;

    public void refused(Bucket bucket) {
        registry.counter(METADATA, new Tag("bucket", bucket.id())).inc();
    }
}
