package io.k8sdashboard.server.kube;

/**
 * The outcome of probing the cluster's /version.
 *
 * @param reachable whether the API server answered
 * @param version its gitVersion ("v1.34.1"), {@code null} when unreachable
 * @param error why it is unreachable or unusable, for the user; {@code null} when reachable
 */
public record ClusterStatus(boolean reachable, String version, String error) {
}
