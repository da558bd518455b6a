package io.k8sdashboard.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * An operation on objects of one kind: scale, restart, roll back, delete...
 *
 * <p><strong>Not wired yet.</strong> The dashboard loads actions and lists them at
 * {@code /api/v1/plugins} ({@code contributes.actions}), but no endpoint calls them: the action
 * endpoint below answers 404 and {@link #execute} is never called, until the issue that wires
 * actions lands. What follows is the contract they will be called under.
 *
 * <p>The core will expose it at {@code POST /api/v1/resources/{kind}/{namespace}/{name}/actions/{id}},
 * check {@link #requiredAccess()} for the signed-in user first (403 if not held), then calls
 * {@link #execute}. Everything the action changes goes through {@link PluginContext#writer()},
 * which acts as that user, so the API server enforces the user's RBAC and names the user in its
 * audit log.
 *
 * @since 1.0.0
 */
public interface ResourceAction extends ExtensionPoint {

    /**
     * Stable id, kebab-case, unique per kind ("scale", "restart").
     *
     * @return the id
     * @since 1.0.0
     */
    String id();

    /**
     * A label for the UI ("Scale").
     *
     * @return the title
     * @since 1.0.0
     */
    String title();

    /**
     * The kind the action applies to.
     *
     * @return the kind
     * @since 1.0.0
     */
    KindDescriptor kind();

    /**
     * The permission the user must hold on the target object.
     *
     * @return the permission
     * @since 1.0.0
     */
    RequiredAccess requiredAccess();

    /**
     * Whether the UI should ask for confirmation first (deletes, rollbacks).
     *
     * @return true to confirm, false by default
     * @since 1.0.0
     */
    default boolean destructive() {
        return false;
    }

    /**
     * Runs the action for the signed-in user.
     *
     * @param request the target and input
     * @param context services of the host, acting for that user
     * @return what to tell the user
     * @throws DashboardException to answer with a problem (bad input, conflict...)
     * @since 1.0.0
     */
    ActionResult execute(ActionRequest request, PluginContext context);
}
