package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class ServiceKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new ServiceKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("service.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Type", "LoadBalancer"),
                Map.entry("Cluster-IP", "10.96.12.34"),
                Map.entry("External-IP", "<pending>"),
                Map.entry("Port(s)", "80:31080/TCP,443:30443/TCP"),
                Map.entry("Selector", "app=web,tier=frontend"));
    }
}
