package io.k8sdashboard.plugin.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A plugin's UI: an ES module served by the host, which registers the plugin's routes, sidebar
 * entries, detail sections and table columns with the UI's registry. The host shares React and
 * Grommet with the module (imported from the host's import map), so bundles stay small.
 *
 * <p><strong>Not wired yet.</strong> The host lists the bundle and its slots at
 * {@code /api/v1/plugins} ({@code contributes.ui}), but the dashboard's UI never loads plugin
 * bundles and has no registry for them: a contribution has no visible effect until the issue that
 * wires plugin UIs lands. What follows is the contract it will be loaded under.
 *
 * @since 1.0.0
 */
public interface UiContribution extends ExtensionPoint {

    /**
     * The bundle's path inside the plugin jar ("ui/index.js"); served at
     * {@code /api/v1/plugins/<plugin-id>/ui/<path>}.
     *
     * @return the classpath-relative path
     * @since 1.0.0
     */
    String bundle();

    /**
     * The slots the bundle fills, so the UI can show what a plugin adds before loading it.
     *
     * @return the slots
     * @since 1.0.0
     */
    List<UiSlot> slots();

    /**
     * A UI extension slot.
     *
     * @since 1.0.0
     */
    enum UiSlot {
        /** A page with its own route. @since 1.0.0 */
        ROUTE,
        /** An entry in the sidebar. @since 1.0.0 */
        SIDEBAR_ENTRY,
        /** A section on an object's detail page. @since 1.0.0 */
        DETAIL_SECTION,
        /** Extra columns in a kind's table. @since 1.0.0 */
        TABLE_COLUMN
    }
}
