package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class NetworkPolicyKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new NetworkPolicyKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("networkpolicy.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Pod-Selector", "app=postgres"));
    }
}
