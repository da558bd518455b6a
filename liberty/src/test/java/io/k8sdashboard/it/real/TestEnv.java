package io.k8sdashboard.it.real;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The local control plane started by {@code dev/testenv up} (kube-apiserver with RBAC, kwok
 * nodes, OIDC issuer, oauth2-proxy), found through the env file it writes. Without it the
 * real-cluster tests are skipped with one line saying why, except under {@code CI=true}, where
 * a missing test environment fails them.
 */
public final class TestEnv {

    private static TestEnv instance;
    private final Map<String, String> values;

    private TestEnv(Map<String, String> values) {
        this.values = values;
    }

    /** The environment, or a skip (a failure in CI) when it is not up. */
    public static synchronized TestEnv require() {
        if (instance == null) {
            Path file = Path.of(System.getProperty("it.testenv.env",
                    System.getProperty("user.home") + "/.cache/k8s-dashboard/testenv/env"));
            if (!Files.isRegularFile(file)) {
                String reason = "real-cluster tests skipped: no test environment at " + file
                        + " (dev/testenv up needs the Go toolchain)";
                if ("true".equals(System.getenv("CI"))) {
                    throw new IllegalStateException(reason.replace("skipped", "cannot run under CI=true"));
                }
                Assumptions.abort(reason);
            }
            instance = new TestEnv(read(file));
        }
        return instance;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return values;
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("test environment lacks " + key);
        }
        return value;
    }

    /** Every {@code DASHBOARD_*} setting the dashboard needs to run against this cluster. */
    public Map<String, String> dashboardSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("DASHBOARD_") && !key.equals("DASHBOARD_UPSTREAM_URL")) {
                settings.put(key, value);
            }
        });
        // RealClusterPagingIT pages through hundreds of objects one per request as one user, far
        // above the per-user read limit a person needs (dashboard.ratelimit.reads-*).
        settings.putIfAbsent("DASHBOARD_RATELIMIT_READS_PER_SECOND", "1000");
        settings.putIfAbsent("DASHBOARD_RATELIMIT_READS_BURST", "5000");
        return settings;
    }

    /** A client acting with one of the static tokens: ADMIN, DASHBOARD, ALICE, BOB. */
    public KubernetesClient clientAs(String identity) {
        Config config = new ConfigBuilder(Config.empty())
                .withMasterUrl(get("KUBE_API_URL"))
                .withCaCertFile(get("KUBE_CA_FILE"))
                .withOauthToken(get("TOKEN_" + identity))
                .withRequestRetryBackoffLimit(0)
                .build();
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
    }

    /**
     * A client of the cluster admin impersonating a user, as {@code kubectl --as user}: what the
     * API server answers it is what that user may see, the reference for the dashboard's answers.
     */
    public KubernetesClient clientImpersonating(String user) {
        return clientImpersonating(user, new String[0]);
    }

    /** A client of the cluster admin impersonating a user and groups, as {@code kubectl --as user --as-group g}. */
    public KubernetesClient clientImpersonating(String user, String... groups) {
        Config config = new ConfigBuilder(Config.empty())
                .withMasterUrl(get("KUBE_API_URL"))
                .withCaCertFile(get("KUBE_CA_FILE"))
                .withOauthToken(get("TOKEN_ADMIN"))
                .withImpersonateUsername(user)
                .withImpersonateGroups(groups)
                .withRequestRetryBackoffLimit(0)
                .build();
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
    }
}
