package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class NodeKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new NodeKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("node.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Status", "NotReady,SchedulingDisabled"),
                Map.entry("Roles", "control-plane"),
                Map.entry("Version", "v1.31.2"),
                Map.entry("Internal-IP", "172.18.0.3"),
                Map.entry("External-IP", "<none>"),
                Map.entry("OS-Image", "Debian GNU/Linux 12 (bookworm)"),
                Map.entry("Kernel-Version", "6.1.0-28-amd64"),
                Map.entry("Container-Runtime", "containerd://1.7.22"));
    }
}
