package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class SecretKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new SecretKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("secret.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Type", "kubernetes.io/tls"),
                Map.entry("Data", 2L));
    }
}
