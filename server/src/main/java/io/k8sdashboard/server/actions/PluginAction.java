package io.k8sdashboard.server.actions;

import io.k8sdashboard.plugin.api.ActionParameters;
import io.k8sdashboard.plugin.api.RequiredAccess;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.server.resources.ActionInfo;

/**
 * A plugin's action with what it said about itself read once (plugins change only at start), and
 * the plugin it belongs to, whose context it runs with.
 *
 * @param pluginId the contributing plugin
 * @param kindName the resource name of its kind ({@code configmaps}, {@code deployments.apps})
 * @param id the action id
 * @param title the label
 * @param destructive whether the UI confirms first
 * @param access the right checked on the target object before it runs
 * @param parameters its input schema
 * @param action the extension itself, asked only to execute
 */
public record PluginAction(String pluginId, String kindName, String id, String title, boolean destructive,
        RequiredAccess access, ActionParameters parameters, ResourceAction action) {

    /** Reads an action once; throws if the action is broken (the catalogue skips it). */
    static PluginAction of(String pluginId, ResourceAction action) {
        ActionParameters parameters = action.parameters();
        RequiredAccess access = action.requiredAccess();
        if (access == null) {
            throw new IllegalArgumentException("requiredAccess() is null");
        }
        return new PluginAction(pluginId, action.kind().resourceName(), action.id(), action.title(), action.destructive(),
                access, parameters == null ? ActionParameters.NONE : parameters, action);
    }

    /** As {@code GET /api/v1/resources} lists it. */
    ActionInfo info() {
        return new ActionInfo(id, title, destructive,
                new ActionInfo.Access(access.verb(), access.group(), access.resource(), access.subresource()),
                parameters.toJsonSchema(), pluginId);
    }
}
