package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.Map;

class RoleBindingKindTest extends ResourceKindProviderContract {

    @Override
    protected ResourceKindProvider provider() {
        return new RoleBindingKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return Samples.load("rolebinding.yaml");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.ofEntries(
                Map.entry("Role", "Role/pod-reader"),
                Map.entry("Users", "jane"),
                Map.entry("Groups", "developers"),
                Map.entry("ServiceAccounts", "shop:build-bot"));
    }
}
