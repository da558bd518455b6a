package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Playwright spec of ui/e2e (`npm run test:e2e -- <spec>`, Debian chromium) and
 * asserts it passed, printing its output. The specs run from JUnit so that whatever they need
 * (the test cluster in this JVM, the test environment) is up while the browser looks.
 */
public final class Playwright {

    private Playwright() {
    }

    public static void assertSpecPasses(String spec, Map<String, String> env) throws IOException, InterruptedException {
        File uiDir = new File(System.getProperty("it.ui.dir", "../ui"));
        Path log = Files.createTempFile("playwright", ".log");
        ProcessBuilder playwright = new ProcessBuilder("npm", "run", "test:e2e", "--", spec)
                .directory(uiDir).redirectErrorStream(true).redirectOutput(log.toFile());
        playwright.environment().remove("DASHBOARD_USER");
        playwright.environment().putAll(env);
        Process process = playwright.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(finished).as("playwright finished %s within 5 minutes", spec).isTrue();
        assertThat(process.exitValue()).as("playwright result of %s:%n%s", spec, output).isZero();
    }
}
