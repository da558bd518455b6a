package io.k8sdashboard.it;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ui/e2e/pods.spec.ts and routes.spec.ts in Debian's chromium against this server and its test
 * cluster: the pods table, a pod created in the cluster appearing in the open table without a
 * reload, and the router (deep links to a kind, namespace and sort; sidebar entries that are
 * links and open the same view in a new tab; old hash links; the overview), and live.spec.ts: the
 * tab's socket cut and refused shows Reconnecting, then Offline, and recovers with the rows that
 * changed meanwhile; details.spec.ts: a deep link to a pod's detail page with its containers,
 * events and YAML, and its owner linked both ways.
 */
public class UiBrowserIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
        TestCluster.get();
    }

    /** The test cluster's API, which specs write to behind the dashboard's back. */
    private static final String CLUSTER_API_URL = "http://127.0.0.1:" + Integer.getInteger("it.k8s.port", 18089);

    @Test
    void theUiLoadsAndShowsPods() throws IOException, InterruptedException {
        assertSpecPasses("e2e/pods.spec.ts", Map.of(
                "EXPECT_POD_PREFIX", "web-",
                "CLUSTER_API_URL", CLUSTER_API_URL));
    }

    @Test
    void deepLinksAndSidebarLinksOpenTheirViews() throws IOException, InterruptedException {
        assertSpecPasses("e2e/routes.spec.ts", Map.of(
                "EXPECT_POD_PREFIX", "web-",
                "EXPECT_OTHER_NAMESPACE", "team-a",
                "EXPECT_OTHER_POD_PREFIX", "frontend-"));
    }

    @Test
    void aCutSocketIsShownAndRecoversWithTheRowsChangedMeanwhile() throws IOException, InterruptedException {
        assertSpecPasses("e2e/live.spec.ts", Map.of("CLUSTER_API_URL", CLUSTER_API_URL));
    }

    @Test
    void aPodsDetailPageShowsItsContainersEventsYamlAndOwner() throws IOException, InterruptedException {
        assertSpecPasses("e2e/details.spec.ts", Map.of(
                "EXPECT_DETAIL_NAMESPACE", "team-b",
                "EXPECT_DETAIL_POD", "worker-6f7d9c8b5-x2k9p",
                "EXPECT_DETAIL_OWNER", "worker-6f7d9c8b5"));
    }

    /** Runs a spec against the test dashboard as {@code it-user}, with the spec's own settings. */
    private static void assertSpecPasses(String spec, Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(settings);
        env.put("DASHBOARD_URL", Dashboard.BASE.toString());
        env.put("DASHBOARD_USER", "it-user");
        Playwright.assertSpecPasses(spec, env);
    }
}
