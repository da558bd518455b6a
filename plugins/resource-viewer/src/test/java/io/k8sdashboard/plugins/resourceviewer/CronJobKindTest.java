package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class CronJobKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new CronJobKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("cronjob.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Schedule", "*/15 * * * *"),
                Map.entry("Timezone", "Europe/Paris"),
                Map.entry("Suspend", false),
                Map.entry("Active", 1L),
                Map.entry("Last Schedule", "2025-03-01T10:00:00Z"),
                Map.entry("Containers", "backup,upload"));
    }
}
