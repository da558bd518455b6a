package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class StatefulSetKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new StatefulSetKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("statefulset.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Ready", "1/3"),
                Map.entry("Containers", "postgres"),
                Map.entry("Images", "postgres:16.4"));
    }
}
