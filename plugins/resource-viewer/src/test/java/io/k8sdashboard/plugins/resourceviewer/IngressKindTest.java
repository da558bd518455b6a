package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class IngressKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new IngressKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("ingress.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Class", "nginx"),
                Map.entry("Hosts", "shop.example.com,api.example.com"),
                Map.entry("Address", "203.0.113.10"),
                Map.entry("Ports", "80, 443"));
    }
}
