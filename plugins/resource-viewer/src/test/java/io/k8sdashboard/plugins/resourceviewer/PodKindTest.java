package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class PodKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new PodKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("pod.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Ready", "1/2"),
                Map.entry("Status", "CrashLoopBackOff"),
                Map.entry("Restarts", 7L),
                Map.entry("Age", "2025-03-01T10:00:00Z"),
                Map.entry("IP", "10.244.1.17"),
                Map.entry("Node", "worker-1"),
                Map.entry("Nominated Node", "<none>"),
                Map.entry("Readiness Gates", "<none>"));
    }
}
