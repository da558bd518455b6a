package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser test of ui/e2e/login.spec.ts: Debian chromium signs in at the test environment's
 * OIDC issuer through OAuth2-Proxy and uses the dashboard as alice on the real cluster.
 */
public class BrowserLoginIT {

    private static TestEnv env;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        RealDashboard.get();
    }

    @Test
    void aliceSignsInAndSeesOnlyHerTeamsPods() throws IOException, InterruptedException {
        String teamAPod;
        String teamBPod;
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            teamAPod = admin.pods().inNamespace("team-a").list().getItems().get(0).getMetadata().getName();
            teamBPod = admin.pods().inNamespace("team-b").list().getItems().get(0).getMetadata().getName();
        }
        File uiDir = new File(System.getProperty("it.ui.dir", "../ui"));
        Path log = Files.createTempFile("playwright-login", ".log");
        ProcessBuilder playwright = new ProcessBuilder("npm", "run", "test:e2e", "--", "e2e/login.spec.ts")
                .directory(uiDir).redirectErrorStream(true).redirectOutput(log.toFile());
        playwright.environment().put("OAUTH2_PROXY_URL", env.get("OAUTH2_PROXY_URL"));
        playwright.environment().put("EXPECT_TEAM_A_POD", teamAPod);
        playwright.environment().put("EXPECT_TEAM_B_POD", teamBPod);
        playwright.environment().remove("DASHBOARD_USER");
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
