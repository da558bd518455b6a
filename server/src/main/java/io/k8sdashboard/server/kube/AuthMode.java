package io.k8sdashboard.server.kube;

/**
 * How the dashboard decides whom it acts for, when {@code dashboard.auth.mode} is not set.
 * {@link ClusterConnection#defaultAuthMode()} picks one from the cluster connection's mode.
 */
public enum AuthMode {
    /** Behind OAuth2-Proxy: users come from trusted headers and are impersonated. */
    PROXY,
    /** One local user; the dashboard acts with its own credentials. */
    LOCAL
}
