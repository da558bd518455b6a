package io.k8sdashboard.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts audit records as the MP Metrics counter {@code dashboard_audit_records_total{verb,outcome}}.
 * Both tags are bounded: verbs are the service's own ({@link AuditRecord#VERBS}), outcomes three.
 */
@ApplicationScoped
public class AuditMetrics implements AuditCounter {

    /** The metric's name. */
    public static final String NAME = "dashboard_audit_records_total";

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Audit records written (one per mutation or plugin action attempt), by verb and outcome")
            .build();

    @Inject
    MetricRegistry registry;

    @Override
    public void written(String verb, String outcome) {
        registry.counter(METADATA, new Tag("verb", AuditRecord.VERBS.contains(verb) ? verb : "other"),
                new Tag("outcome", outcome)).inc();
    }
}
