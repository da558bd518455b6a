package io.k8sdashboard.server.cluster;

/**
 * What {@code GET /api/v1/cluster} reports.
 *
 * @param mode demo, kubeconfig, in-cluster, api-url, or null when no cluster could be chosen
 * @param serverUrl the API server URL
 * @param kubernetesVersion the API server's gitVersion, null when unreachable
 * @param authMode proxy or local: the mode in effect (dashboard.auth.mode, else the cluster mode's default)
 * @param reachable whether the API server answered
 * @param error why it is not usable, null when fine
 * @param user the signed-in user, null when none
 */
public record ClusterInfo(String mode, String serverUrl, String kubernetesVersion, String authMode, boolean reachable,
        String error, UserInfo user) {
}
