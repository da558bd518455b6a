package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class ReplicaSetKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new ReplicaSetKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("replicaset.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Desired", 3L),
                Map.entry("Current", 3L),
                Map.entry("Ready", 2L),
                Map.entry("Containers", "web"),
                Map.entry("Selector", "app=web,pod-template-hash=7c9d8f6b5"));
    }
}
