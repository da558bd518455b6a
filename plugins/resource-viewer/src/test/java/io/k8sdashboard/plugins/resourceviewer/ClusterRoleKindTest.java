package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class ClusterRoleKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new ClusterRoleKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("clusterrole.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Created At", "2025-01-15T08:35:00Z"));
    }
}
