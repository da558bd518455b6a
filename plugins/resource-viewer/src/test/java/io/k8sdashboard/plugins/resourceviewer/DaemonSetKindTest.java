package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class DaemonSetKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new DaemonSetKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("daemonset.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Desired", 3L),
                Map.entry("Current", 3L),
                Map.entry("Ready", 2L),
                Map.entry("Up-to-date", 3L),
                Map.entry("Available", 2L),
                Map.entry("Node Selector", "kubernetes.io/os=linux"),
                Map.entry("Selector", "k8s-app=fluent-bit,tier notin (dev,test)"));
    }
}
