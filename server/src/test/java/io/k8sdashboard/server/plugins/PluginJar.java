package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.PluginApi;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real PF4J plugin jar in a test: compiles the given sources against plugin-api, pf4j,
 * the JAX-RS API and the MicroProfile OpenAPI annotations only (so plugin classes exist only in
 * the jar, loaded by the plugin's class loader as in production), writes the manifest and
 * {@code META-INF/extensions.idx}.
 */
final class PluginJar {

    private final String id;
    private String version = "1.0.0";
    private String requires = ">=1.0.0 & <2.0.0";
    private String pluginClass;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final Map<String, String> resources = new LinkedHashMap<>();

    private PluginJar(String id) {
        this.id = id;
    }

    static PluginJar plugin(String id) {
        return new PluginJar(id);
    }

    PluginJar requires(String range) {
        this.requires = range;
        return this;
    }

    PluginJar mainClass(String className, String source) {
        this.pluginClass = className;
        return source(className, source);
    }

    PluginJar source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    PluginJar extension(String className, String source) {
        extensions.add(className);
        return source(className, source);
    }

    PluginJar resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    Path writeTo(Path pluginsDir) throws IOException {
        Path work = Files.createTempDirectory("plugin-src-" + id);
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        compile(files, classes);

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Provider", "tests");
        main.putValue("Plugin-Description", "test plugin " + id);
        main.putValue("Plugin-Requires", requires);
        if (pluginClass != null) {
            main.putValue("Plugin-Class", pluginClass);
        }
        Path jar = pluginsDir.resolve(id + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            put(jarOut, "META-INF/extensions.idx", String.join("\n", extensions) + "\n");
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                put(jarOut, resource.getKey(), resource.getValue());
            }
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    jarOut.write(Files.readAllBytes(file));
                    jarOut.closeEntry();
                }
            }
        }
        return jar;
    }

    private static void put(JarOutputStream jar, String name, String content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    private static void compile(List<Path> files, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        List<String> options = List.of("-proc:none", "--release", "17", "-d", classes.toString(), "-classpath",
                String.join(java.io.File.pathSeparator, location(PluginApi.class), location(org.pf4j.Plugin.class),
                        location(jakarta.ws.rs.GET.class),
                        location(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class)));
        var units = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                .getJavaFileObjectsFromPaths(files);
        boolean ok = compiler.getTask(errors, null, null, options, null, units).call();
        if (!ok) {
            throw new IllegalStateException("test plugin does not compile:\n" + errors);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
