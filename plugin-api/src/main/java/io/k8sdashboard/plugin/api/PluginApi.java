package io.k8sdashboard.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about the plugin API itself.
 *
 * <p>The API follows semantic versioning on its own, independent of the dashboard's version: a
 * minor release only adds (new types, new {@code default} methods), a major release may break.
 * Plugins declare the range they need in their manifest ({@code Plugin-Requires: >=1.0.0 & <2.0.0})
 * and the host refuses plugins whose range excludes {@link #VERSION}. Every interface method added
 * in a minor release is a {@code default} method with an {@code @since} tag, so plugins built
 * against an older 1.x keep loading. {@link #VERSION} is also the Maven version of the
 * {@code io.k8sdashboard:plugin-api} artifact.
 *
 * <p>Extension points that work today: {@link ResourceKindProvider}, {@link RouteContribution},
 * {@link ResourceAction} (since 1.2.0) and everything of {@link PluginContext}.
 * {@link UiContribution} is loaded but not wired yet (see its documentation).
 *
 * @since 1.0.0
 */
public final class PluginApi {

    /**
     * The semantic version of this API, for example {@code 1.0.0}.
     *
     * @since 1.0.0
     */
    public static final String VERSION = readVersion();

    private PluginApi() {
    }

    private static String readVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("plugin-api.properties missing from the plugin-api jar", e));
        }
    }
}
