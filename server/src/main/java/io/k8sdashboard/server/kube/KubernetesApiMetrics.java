package io.k8sdashboard.server.kube;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts Kubernetes API calls as the MP Metrics counter {@code k8s_api_requests_total{verb,resource,code}}. */
@ApplicationScoped
public class KubernetesApiMetrics implements ApiCallCounter {

    /** The metric's name. */
    public static final String NAME = "k8s_api_requests_total";

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Requests the dashboard sent to the Kubernetes API, by verb, resource and HTTP status")
            .build();

    @Inject
    MetricRegistry registry;

    @Override
    public void count(ApiCall call, String code) {
        registry.counter(METADATA, new Tag("verb", call.verb()), new Tag("resource", call.resource()),
                new Tag("code", code)).inc();
    }
}
