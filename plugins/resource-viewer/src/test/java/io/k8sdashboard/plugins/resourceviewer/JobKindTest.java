package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class JobKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new JobKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("job.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Status", "Complete"),
                Map.entry("Completions", "5/5"),
                Map.entry("Duration", "2025-03-01T10:00:01Z/2025-03-01T10:03:26Z"),
                Map.entry("Images", "registry.example.com/shop/migrate:2.3.0"));
    }
}
