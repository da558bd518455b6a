package io.k8sdashboard.plugin.api;

import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Teaches the dashboard one resource kind: what it is and which columns its table shows.
 *
 * <p>Adding a kind is one class implementing this interface, annotated
 * {@code @org.pf4j.Extension}, plus a test extending the contract test base
 * {@code io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract} from the test-jar.
 * The core serves the kind at {@code /api/v1/resources/{kind().resourceName()}}, checks the
 * user's access, and strips Secret data whatever a provider does.
 *
 * <p>Lifecycle: the host instantiates the extension once after the plugin starts, calls
 * {@link #kind()} and {@link #columns()} once and keeps the results; the column functions are
 * then called from many threads and must not keep state.
 *
 * @since 1.0.0
 */
public interface ResourceKindProvider extends ExtensionPoint {

    /**
     * The kind this provider describes. Two providers of the same kind: the first loaded wins and
     * the host logs the other.
     *
     * @return the descriptor
     * @since 1.0.0
     */
    KindDescriptor kind();

    /**
     * The table columns, in display order. Name (and Namespace for namespaced kinds) come first
     * and are added by the host; do not list them.
     *
     * @return the columns
     * @since 1.0.0
     */
    List<Column> columns();

    /**
     * Short names kubectl accepts for the kind ({@code po}, {@code deploy}), also accepted in
     * the dashboard's URLs.
     *
     * @return the short names, none by default
     * @since 1.0.0
     */
    default List<String> shortNames() {
        return List.of();
    }

    /**
     * The sidebar group the kind belongs to ("Workloads", "Network", "Config", "Storage",
     * "Access control", "Cluster").
     *
     * @return the group name
     * @since 1.0.0
     */
    default String category() {
        return "Other";
    }

    /**
     * A one-word health summary of an object for badges ("Running", "Pending", "Failed"), when the
     * kind has one.
     *
     * @param object the object
     * @return the status, empty when the kind has no such notion
     * @since 1.0.0
     */
    default Optional<String> status(KubeObject object) {
        return Optional.empty();
    }
}
