package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class EventKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new EventKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("event.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Last Seen", "2025-03-01T10:20:00Z"),
                Map.entry("Type", "Warning"),
                Map.entry("Reason", "BackOff"),
                Map.entry("Object", "pod/web-7c9d8f6b5-x2kqp"),
                Map.entry("Message", "Back-off restarting failed container log-shipper in pod web-7c9d8f6b5-x2kqp_shop"),
                Map.entry("Subobject", "spec.containers{log-shipper}"),
                Map.entry("Source", "kubelet, worker-1"),
                Map.entry("First Seen", "2025-03-01T10:01:00Z"),
                Map.entry("Count", 42L));
    }
}
