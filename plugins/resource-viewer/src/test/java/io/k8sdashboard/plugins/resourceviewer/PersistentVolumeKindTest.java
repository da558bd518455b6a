package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class PersistentVolumeKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new PersistentVolumeKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("persistentvolume.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Capacity", "10Gi"),
                Map.entry("Access Modes", "RWO,ROX"),
                Map.entry("Reclaim Policy", "Delete"),
                Map.entry("Status", "Bound"),
                Map.entry("Claim", "shop/data-postgres-0"),
                Map.entry("StorageClass", "standard"),
                Map.entry("VolumeAttributesClass", "<unset>"),
                Map.entry("VolumeMode", "Filesystem"));
    }
}
