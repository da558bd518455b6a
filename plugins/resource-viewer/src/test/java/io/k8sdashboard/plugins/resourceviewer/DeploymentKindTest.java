package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class DeploymentKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new DeploymentKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("deployment.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Ready", "2/3"),
                Map.entry("Up-to-date", 3L),
                Map.entry("Available", 2L),
                Map.entry("Containers", "web,log-shipper"),
                Map.entry("Images", "nginx:1.27,fluent/fluent-bit:3.1"),
                Map.entry("Selector", "app=web"));
    }
}
