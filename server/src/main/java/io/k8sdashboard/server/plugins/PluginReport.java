package io.k8sdashboard.server.plugins;

import java.util.List;

/**
 * What {@code GET /api/v1/plugins} tells about one plugin.
 *
 * @param id the manifest's Plugin-Id
 * @param version the plugin's version
 * @param description the manifest's description
 * @param provider the manifest's provider
 * @param requires the plugin-API range the plugin declares
 * @param state STARTED, FAILED, DISABLED, UNRESOLVED, ...
 * @param error why the plugin is not started, or {@code null}
 * @param problems contributions the host refused (route clash, bad kind...), each a sentence
 * @param contributes what the plugin adds, empty unless started
 */
public record PluginReport(String id, String version, String description, String provider, String requires,
        String state, String error, List<String> problems, Contributions contributes) {

    public PluginReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        contributes = contributes == null ? Contributions.NONE : contributes;
    }

    /** True when the plugin's start() threw (or its class could not be created). */
    public boolean failed() {
        return "FAILED".equals(state);
    }

    /**
     * What a plugin contributes.
     *
     * @param kinds resource names of the kinds it serves ({@code certificates.cert-manager.io})
     * @param actions {@code <resource name>/<action id>}
     * @param routes the mounted segments
     * @param ui its UI bundle, or {@code null}
     */
    public record Contributions(List<String> kinds, List<String> actions, List<String> routes, UiInfo ui) {

        static final Contributions NONE = new Contributions(List.of(), List.of(), List.of(), null);

        public Contributions {
            kinds = List.copyOf(kinds);
            actions = List.copyOf(actions);
            routes = List.copyOf(routes);
        }
    }

    /**
     * A plugin's UI bundle.
     *
     * @param bundle the path inside the plugin jar
     * @param url where the browser loads it
     * @param slots the UI slots it fills
     */
    public record UiInfo(String bundle, String url, List<String> slots) {

        public UiInfo {
            slots = List.copyOf(slots);
        }
    }
}
