package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class PersistentVolumeClaimKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new PersistentVolumeClaimKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("persistentvolumeclaim.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Status", "Bound"),
                Map.entry("Volume", "pvc-2d9f6a1e-7b3c-4e8d-9f0a-1b2c3d4e5f60"),
                Map.entry("Capacity", "10Gi"),
                Map.entry("Access Modes", "RWO"),
                Map.entry("StorageClass", "standard"),
                Map.entry("VolumeAttributesClass", "<unset>"),
                Map.entry("VolumeMode", "Filesystem"));
    }
}
