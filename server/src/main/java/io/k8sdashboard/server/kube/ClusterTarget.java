package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.Config;

/**
 * The cluster chosen at start: its mode and client configuration, or why none could be chosen.
 *
 * @param mode the mode, {@code null} when {@code error} is set
 * @param config the fabric8 configuration; {@code null} for the demo cluster (its URL is known
 *               only once it runs) and on error
 * @param error why no cluster is usable, shown to users; {@code null} when fine
 */
public record ClusterTarget(ClusterMode mode, Config config, String error) {

    static ClusterTarget of(ClusterMode mode, Config config) {
        return new ClusterTarget(mode, config, null);
    }

    static ClusterTarget failed(String error) {
        return new ClusterTarget(null, null, error);
    }

    /** True when a cluster was chosen. */
    public boolean ok() {
        return error == null;
    }
}
