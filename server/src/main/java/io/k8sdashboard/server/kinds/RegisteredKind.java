package io.k8sdashboard.server.kinds;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;

/**
 * A kind the dashboard serves, from a plugin's provider or a discovered CRD, with what the
 * provider said about it read once (providers are asked once, per the plugin API's contract) and
 * what follows from it (the full table, whether it is the core Secret) worked out once.
 */
public final class RegisteredKind {

    /** Source of kinds contributed by plugins. */
    public static final String PLUGIN = "plugin";
    /** Source of kinds made from CustomResourceDefinitions. */
    public static final String CRD = "crd";

    private final KindDescriptor descriptor;
    private final List<Column> columns;
    private final List<String> shortNames;
    private final String category;
    private final String source;
    private final ResourceKindProvider provider;
    private final List<Column> tableColumns;
    private final boolean secret;

    /**
     * @param descriptor group/version/kind/plural/scope
     * @param columns the provider's columns (without the host's Name/Namespace/Age)
     * @param shortNames kubectl short names
     * @param category sidebar group
     * @param source the contributing plugin's id (or {@code "plugin"} when unknown), {@code "crd"} for discovered CRDs
     * @param provider the provider, for {@link #status}
     */
    public RegisteredKind(KindDescriptor descriptor, List<Column> columns, List<String> shortNames, String category,
            String source, ResourceKindProvider provider) {
        this.descriptor = descriptor;
        this.columns = List.copyOf(columns);
        this.shortNames = List.copyOf(shortNames);
        this.category = category;
        this.source = source;
        this.provider = provider;
        this.tableColumns = KindTable.columns(descriptor, this.columns);
        this.secret = isSecret(descriptor);
    }

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

    /** Whether a kind is the core Secret, whose values are never served nor held. */
    public static boolean isSecret(KindDescriptor kind) {
        return kind.group().isEmpty() && kind.plural().equals("secrets");
    }

    /** group/version/kind/plural/scope. */
    public KindDescriptor descriptor() {
        return descriptor;
    }

    /** The provider's columns (without the host's Name/Namespace/Age). */
    public List<Column> columns() {
        return columns;
    }

    /** The whole table: the host's Name (and Namespace), the provider's columns, Age (see {@link KindTable}). */
    public List<Column> tableColumns() {
        return tableColumns;
    }

    /** kubectl short names. */
    public List<String> shortNames() {
        return shortNames;
    }

    /** Sidebar group. */
    public String category() {
        return category;
    }

    /** The contributing plugin's id (or {@code "plugin"}), {@code "crd"} for discovered CRDs. */
    public String source() {
        return source;
    }

    /** The provider, asked per object for its status only. */
    public ResourceKindProvider provider() {
        return provider;
    }

    /** Whether this is the core Secret: values are stripped from everything served or held. */
    public boolean secret() {
        return secret;
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

    @Override
    public String toString() {
        return resourceName() + " (" + source + ")";
    }
}
