package io.k8sdashboard.server.plugins;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a file of a plugin's UI bundle: only under the bundle's directory, only from the plugin's
 * own jar (never the WAR or another plugin through a parent class loader), only types a browser
 * needs for an ES module.
 */
final class PluginUiFiles {

    /** The plugin ids whose UI bundle is served: ids that need no escaping in a URL path. */
    static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    /** A safe path inside a bundle, as /openapi publishes it: the segments {@link #isSafe} accepts. */
    static final String PATH_PATTERN = "^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$";
    static final int MAX_PATH = 512;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "map", "application/json");

    private PluginUiFiles() {
    }

    /** A file to serve: where it is and its content type. */
    record UiFile(URL url, String contentType) {
    }

    /** The file, or empty for any path that is unsafe, of a type not served, or absent. */
    static Optional<UiFile> find(PluginUi ui, String path) {
        if (!isSafe(path)) {
            return Optional.empty();
        }
        String type = TYPES.get(extension(path));
        if (type == null) {
            return Optional.empty();
        }
        String name = ui.directory() + path;
        ClassLoader loader = ui.classLoader();
        URL url = loader instanceof URLClassLoader own ? own.findResource(name) : loader.getResource(name);
        return Optional.ofNullable(url).map(u -> new UiFile(u, type));
    }

    /** Whether a plugin id is one whose UI can be asked for at all. */
    static boolean isServableId(String id) {
        return id != null && id.length() <= MAX_PATH && ID.matcher(id).matches();
    }

    /** Relative, no {@code ..}, no empty or hidden-dot segments, no backslashes or control chars. */
    static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.startsWith("..")) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
