package io.k8sdashboard.server.cluster;

/**
 * A namespace.
 *
 * @param name its name
 * @param status Active or Terminating
 * @param created creationTimestamp (ISO-8601); the UI shows it as an age
 */
public record NamespaceInfo(String name, String status, String created) {
}
