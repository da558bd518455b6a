package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Playwright test of ui/e2e in Debian's chromium against this server. It runs from here so
 * that the test cluster (inside this JVM) is up while the browser looks at it.
 */
public class UiBrowserIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void theUiLoadsAndShowsPods() throws IOException, InterruptedException {
        File uiDir = new File(System.getProperty("it.ui.dir", "../ui"));
        Path log = Files.createTempFile("playwright", ".log");
        ProcessBuilder playwright = new ProcessBuilder("npm", "run", "test:e2e", "--", "e2e/pods.spec.ts")
                .directory(uiDir).redirectErrorStream(true).redirectOutput(log.toFile());
        playwright.environment().put("DASHBOARD_URL", Dashboard.BASE.toString());
        playwright.environment().put("DASHBOARD_USER", "it-user");
        playwright.environment().put("EXPECT_POD_PREFIX", "web-");
        Process process = playwright.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(finished).as("playwright finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as("playwright result:%n%s", output).isZero();
    }
}
