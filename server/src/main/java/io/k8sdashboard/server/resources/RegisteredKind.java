package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;

/**
 * A kind the dashboard serves, from a plugin's provider or a discovered CRD, with what the
 * provider said about it read once (providers are asked once, per the plugin API's contract).
 *
 * @param descriptor group/version/kind/plural/scope
 * @param columns the provider's columns (without the host's Name/Namespace/Age)
 * @param shortNames kubectl short names
 * @param category sidebar group
 * @param source the contributing plugin's id (or {@code "plugin"} when unknown), {@code "crd"} for discovered CRDs
 * @param provider the provider, for {@link #status}
 */
public record RegisteredKind(KindDescriptor descriptor, List<Column> columns, List<String> shortNames, String category,
        String source, ResourceKindProvider provider) {

    /** Source of kinds contributed by plugins. */
    public static final String PLUGIN = "plugin";
    /** Source of kinds made from CustomResourceDefinitions. */
    public static final String CRD = "crd";

    /** Reads a provider once; a faulty provider's optional parts degrade to defaults. */
    public static RegisteredKind of(ResourceKindProvider provider, String source) {
        KindDescriptor descriptor = provider.kind();
        List<Column> columns = List.copyOf(provider.columns());
        List<String> shortNames;
        String category;
        try {
            shortNames = List.copyOf(provider.shortNames());
            category = provider.category();
        } catch (RuntimeException e) {
            shortNames = List.of();
            category = "Other";
        }
        return new RegisteredKind(descriptor, columns, shortNames, category, source, provider);
    }

    /** The kubectl-style name it is served under ({@code deployments.apps}). */
    public String resourceName() {
        return descriptor.resourceName();
    }

    /** The object's one-word status from the provider, empty if none or the provider fails. */
    public Optional<String> status(KubeObject object) {
        try {
            return provider.status(object);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
