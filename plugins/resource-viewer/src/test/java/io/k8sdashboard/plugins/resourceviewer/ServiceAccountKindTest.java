package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class ServiceAccountKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new ServiceAccountKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("serviceaccount.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Secrets", 1L));
    }
}
