package io.k8sdashboard.it.real;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Playwright;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ui/e2e/login.spec.ts: Debian chromium signs in at the test environment's OIDC issuer through
 * OAuth2-Proxy and uses the dashboard as alice on the real cluster.
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
        Playwright.assertSpecPasses("e2e/login.spec.ts", Map.of(
                "OAUTH2_PROXY_URL", env.get("OAUTH2_PROXY_URL"),
                "EXPECT_TEAM_A_POD", teamAPod,
                "EXPECT_TEAM_B_POD", teamBPod));
    }
}
