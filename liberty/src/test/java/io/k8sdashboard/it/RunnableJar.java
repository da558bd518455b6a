package io.k8sdashboard.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable server a user gets from {@code ./mvnw package}: {@code java -jar
 * liberty/target/k8s-dashboard.jar}, started by the test on its own loopback port with only the
 * environment it is given (nothing of the test JVM's DASHBOARD_*, KUBECONFIG or HTTP_* leaks in),
 * extracted under target/, and stopped by the test.
 */
final class RunnableJar implements AutoCloseable {

    /** Variables a server needs from the machine, whatever the test: nothing that configures it. */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "TMPDIR");

    private final Process process;
    private final URI base;

    private RunnableJar(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the jar with these environment variables and waits until it is ready. */
    static RunnableJar start(int port, Map<String, String> environment) throws IOException {
        Path build = Path.of(System.getProperty("it.build.dir"));
        Path extract = build.resolve("runnable-jar-server");
        PluginTemplateBuild.deleteTree(extract);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", build.resolve("k8s-dashboard.jar").toString())
                .redirectErrorStream(true).redirectOutput(build.resolve("runnable-jar-server.log").toFile());
        Map<String, String> env = builder.environment();
        Map<String, String> machine = Map.copyOf(env);
        env.clear();
        INHERITED.forEach(name -> {
            if (machine.containsKey(name)) {
                env.put(name, machine.get(name));
            }
        });
        // The jar extracts the server and runs it with this Java (bin/server looks at JAVA_HOME).
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("WLP_JAR_EXTRACT_DIR", extract.toString());
        env.put("HTTP_PORT", Integer.toString(port));
        env.putAll(environment);
        RunnableJar jar = new RunnableJar(builder.start(), URI.create("http://127.0.0.1:" + port));
        try {
            Readiness.await(jar.base, Duration.ofSeconds(180));
        } catch (RuntimeException e) {
            jar.close();
            throw e;
        }
        return jar;
    }

    URI base() {
        return base;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
