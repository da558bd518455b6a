package io.k8sdashboard.server.kube;

import java.util.Locale;

/** Where the cluster connection came from. */
public enum ClusterMode {
    /** The embedded, in-process demo cluster. */
    DEMO(AuthMode.LOCAL),
    /** A kubeconfig file: a developer's own credentials, so local auth by default. */
    KUBECONFIG(AuthMode.LOCAL),
    /** The pod's service account: a shared deployment, so users come from the proxy. */
    IN_CLUSTER(AuthMode.PROXY),
    /** An explicit API URL and token: treated as a shared deployment too. */
    API_URL(AuthMode.PROXY);

    private final AuthMode defaultAuthMode;

    ClusterMode(AuthMode defaultAuthMode) {
        this.defaultAuthMode = defaultAuthMode;
    }

    /** The auth mode used when {@code dashboard.auth.mode} is unset. */
    public AuthMode defaultAuthMode() {
        return defaultAuthMode;
    }

    /** The name used in the REST API and in health data ("in-cluster"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
