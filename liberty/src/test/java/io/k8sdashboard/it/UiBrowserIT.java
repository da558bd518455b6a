package io.k8sdashboard.it;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ui/e2e/pods.spec.ts in Debian's chromium against this server and its test cluster: the pods
 * table, and a pod created in the cluster appearing in the open table without a reload.
 */
public class UiBrowserIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
        TestCluster.get();
    }

    @Test
    void theUiLoadsAndShowsPods() throws IOException, InterruptedException {
        Playwright.assertSpecPasses("e2e/pods.spec.ts", Map.of(
                "DASHBOARD_URL", Dashboard.BASE.toString(),
                "DASHBOARD_USER", "it-user",
                "EXPECT_POD_PREFIX", "web-",
                "CLUSTER_API_URL", "http://127.0.0.1:" + Integer.getInteger("it.k8s.port", 18089)));
    }
}
