package io.k8sdashboard.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * An operation on objects of one kind: scale, restart, roll back, annotate...
 *
 * <p>The host serves it at {@code POST /api/v1/resources/{kind}/{namespace}/{name}/actions/{id}}
 * ({@code _} as namespace for cluster-scoped kinds; since 1.2.0) and lists it, with its access and
 * parameter schema, per kind at {@code GET /api/v1/resources}. For each call the host, in this
 * order: resolves the kind and finds the action by {@link #id()} (404 problems otherwise),
 * validates the JSON body against {@link #parameters()} (400 naming the field), asks the API
 * server whether the signed-in user holds {@link #requiredAccess()} on that very object (a
 * SelfSubjectAccessReview as the user, with the object's name, so RBAC {@code resourceNames}
 * rules apply; 403 if not held, and {@link #execute} is not called), checks that the object
 * exists for the user (404), and only then calls {@link #execute}. Everything the action changes
 * goes through {@link PluginContext#writer()}, which acts as that user, so the API server
 * enforces the user's RBAC again and names the user in its audit log.
 *
 * <p>{@code ?dryRun=true} reaches the action as {@link ActionRequest#dryRun()}: a dry run must
 * change nothing (see there).
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
     * The permission the user must hold on the target object, checked by the host with the
     * object's namespace and name before {@link #execute} is called.
     *
     * @return the permission
     * @since 1.0.0
     */
    RequiredAccess requiredAccess();

    /**
     * The action's input: a JSON object of string, integer, boolean and enum fields. The host
     * validates every request body against it before the action runs (a 400 problem naming the
     * field: missing required fields, wrong types, values out of range, strings not matching,
     * unknown fields) and publishes its JSON Schema form so that the UI can render a form.
     *
     * @return the parameters, {@link ActionParameters#NONE} by default (the body must then be
     *         empty or {@code {}})
     * @since 1.2.0
     */
    default ActionParameters parameters() {
        return ActionParameters.NONE;
    }

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
     * Runs the action for the signed-in user, after the host checked its access and input.
     * Honour {@link ActionRequest#dryRun()}: a dry run changes nothing.
     *
     * @param request the target and input
     * @param context services of the host, acting for that user
     * @return what to tell the user
     * @throws DashboardException to answer with a problem (bad input, conflict...)
     * @since 1.0.0
     */
    ActionResult execute(ActionRequest request, PluginContext context);
}
