package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class HorizontalPodAutoscalerKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new HorizontalPodAutoscalerKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("horizontalpodautoscaler.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Reference", "Deployment/web"),
                Map.entry("Targets", "cpu: 45%/80%, memory: 300Mi/512Mi"),
                Map.entry("MinPods", "2"),
                Map.entry("MaxPods", 10L),
                Map.entry("Replicas", 3L));
    }
}
