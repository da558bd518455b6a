package io.k8sdashboard.server.resources;

import java.util.List;

/**
 * The plugin actions offered on a kind, for the kind list. An interface here so that the REST
 * layer's kind list does not depend on the package that runs actions (which depends on it).
 */
public interface KindActions {

    /** The actions on the kind served under {@code resourceName} ({@code configmaps}, {@code deployments.apps}). */
    List<ActionInfo> forKind(String resourceName);
}
