package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class NamespaceKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new NamespaceKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("namespace.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Status", "Active"),
                Map.entry("Age", "2025-02-01T09:00:00Z"));
    }
}
