package io.k8sdashboard.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds {@code examples/plugin-template} the way the README tells a plugin author to, outside
 * this reactor: plugin-api is installed into a throwaway local repository under target/ (what
 * {@code ./mvnw -pl plugin-api -am install} puts into ~/.m2: the parent pom, plugin-api's pom,
 * jar and test-jar, all from this build), then the template's own pom is built with the wrapper
 * ({@code package}, so its FakePluginContext tests run). Everything else resolves read-only from
 * the user's local repository ({@code maven.repo.local.tail}), so a stale plugin-api there is
 * never used and nothing is written to it.
 */
final class PluginTemplateBuild {

    private final Path root = Path.of(System.getProperty("it.project.root"));
    private final Path work = Path.of(System.getProperty("it.build.dir")).resolve("plugin-template");
    private final String apiVersion = System.getProperty("it.plugin-api.version");
    private final String parentVersion = System.getProperty("it.parent.version");

    /** Installs plugin-api, builds the template and returns its plugin jar. */
    Path build() throws IOException, InterruptedException {
        Path repo = work.resolve("repository");
        deleteTree(work);
        installPluginApi(repo);

        Path template = root.resolve("examples/plugin-template");
        // Deleted here rather than with the clean goal: every plugin the build needs is then one
        // the dashboard's own build already resolved, so it runs offline.
        deleteTree(template.resolve("target"));
        Path log = work.resolve("build.log");
        Process maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "-f", template.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repo, "-Dmaven.repo.local.tail=" + System.getProperty("it.maven.repo"),
                "package")
                .directory(template.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new IllegalStateException("the template build did not finish within 5 minutes; see " + log);
        }
        String output = Files.readString(log);
        if (maven.exitValue() != 0) {
            throw new IllegalStateException("the template build failed (see " + log + "):\n" + tail(output));
        }
        if (!output.contains("Tests run:") || output.contains("Tests run: 0,")) {
            throw new IllegalStateException("the template build ran no tests:\n" + tail(output));
        }
        return template.resolve("target/widget-plugin-1.0.0.jar");
    }

    private void installPluginApi(Path repo) throws IOException {
        Path api = repo.resolve("io/k8sdashboard/plugin-api/" + apiVersion);
        Path parent = repo.resolve("io/k8sdashboard/k8s-dashboard-parent/" + parentVersion);
        Files.createDirectories(api);
        Files.createDirectories(parent);
        Path built = root.resolve("plugin-api/target");
        for (String file : List.of("plugin-api-" + apiVersion + ".jar", "plugin-api-" + apiVersion + "-tests.jar")) {
            if (!Files.isRegularFile(built.resolve(file))) {
                throw new IllegalStateException(built.resolve(file) + " missing: build with -am so plugin-api is packaged");
            }
            Files.copy(built.resolve(file), api.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(root.resolve("plugin-api/pom.xml"), api.resolve("plugin-api-" + apiVersion + ".pom"));
        Files.copy(root.resolve("pom.xml"), parent.resolve("k8s-dashboard-parent-" + parentVersion + ".pom"));
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
