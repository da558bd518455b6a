package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class RoleKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new RoleKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("role.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Created At", "2025-02-01T09:15:00Z"));
    }
}
