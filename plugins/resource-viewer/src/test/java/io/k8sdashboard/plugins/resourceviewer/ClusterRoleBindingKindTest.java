package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class ClusterRoleBindingKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new ClusterRoleBindingKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("clusterrolebinding.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Role", "ClusterRole/dashboard-viewer"),
                Map.entry("Users", "alice, bob"),
                Map.entry("Groups", ""),
                Map.entry("ServiceAccounts", "dashboard:k8s-dashboard"));
    }
}
