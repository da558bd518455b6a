package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses the cluster, in order: explicit API URL + token, a kubeconfig, the in-cluster service
 * account, else the embedded demo cluster (unless {@code dashboard.cluster.demo=false}, which
 * makes "nothing configured" an error instead of a silent demo).
 *
 * <p>Configs are built from {@link Config#empty()} rather than auto-configured, so a stray
 * KUBECONFIG or system property never mixes into an explicitly configured connection.
 */
public final class ClusterSelector {

    /** Connect timeout: an unreachable cluster must show up as an error quickly, not hang requests. */
    static final int CONNECT_TIMEOUT_MS = 5_000;
    /** fabric8 retries I/O errors with backoff; keep the total short for a dashboard request. */
    static final int RETRY_BACKOFF_LIMIT = 2;

    private ClusterSelector() {
    }

    /** Chooses; never throws for configuration problems: they become {@link ClusterTarget#error()}. */
    public static ClusterTarget select(ClusterSettings settings, ClusterEnvironment env) {
        try {
            if (settings.demo() == ClusterSettings.Demo.TRUE) {
                return ClusterTarget.of(ClusterMode.DEMO, null);
            }
            if (settings.apiUrl().isPresent()) {
                return ClusterTarget.of(ClusterMode.API_URL, apiUrlConfig(settings));
            }
            if (settings.token().isPresent()) {
                return ClusterTarget.failed("dashboard.kubernetes.token is set but dashboard.kubernetes.api-url is not");
            }
            if (settings.kubeconfig().isPresent()) {
                Path path = Path.of(settings.kubeconfig().get());
                if (!Files.isRegularFile(path)) {
                    return ClusterTarget.failed("dashboard.kubernetes.kubeconfig names a file that does not exist: " + path);
                }
                return ClusterTarget.of(ClusterMode.KUBECONFIG, kubeconfig(path, settings.context()));
            }
            Optional<Path> defaultKubeconfig = env.defaultKubeconfig();
            if (defaultKubeconfig.isPresent()) {
                return ClusterTarget.of(ClusterMode.KUBECONFIG, kubeconfig(defaultKubeconfig.get(), settings.context()));
            }
            if (env.inCluster()) {
                return ClusterTarget.of(ClusterMode.IN_CLUSTER, inCluster(env));
            }
            if (settings.demo() == ClusterSettings.Demo.AUTO) {
                return ClusterTarget.of(ClusterMode.DEMO, null);
            }
            return ClusterTarget.failed("No cluster configured and dashboard.cluster.demo=false: set "
                    + "dashboard.kubernetes.api-url, dashboard.kubernetes.kubeconfig, KUBECONFIG, or run in a pod");
        } catch (RuntimeException e) {
            // A broken kubeconfig or unreadable token: report it, never fall back to the demo.
            return ClusterTarget.failed("Cluster configuration is invalid: " + e.getMessage());
        }
    }

    private static Config apiUrlConfig(ClusterSettings settings) {
        ConfigBuilder builder = new ConfigBuilder(Config.empty())
                .withMasterUrl(settings.apiUrl().get())
                .withTrustCerts(settings.insecureSkipTlsVerify())
                .withDisableHostnameVerification(settings.insecureSkipTlsVerify());
        settings.token().ifPresent(builder::withOauthToken);
        settings.caFile().ifPresent(builder::withCaCertFile);
        return tune(builder.build());
    }

    private static Config kubeconfig(Path path, Optional<String> context) {
        try {
            return tune(Config.fromKubeconfig(context.orElse(null), path.toFile()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot use kubeconfig " + path
                    + context.map(c -> " (context " + c + ")").orElse("") + ": " + e.getMessage(), e);
        }
    }

    private static Config inCluster(ClusterEnvironment env) {
        Path tokenFile = env.serviceAccountDir().resolve("token");
        String host = env.serviceHost().orElseThrow();
        String port = env.servicePort().orElse("443");
        String authority = host.contains(":") ? "[" + host + "]" : host; // IPv6 service host
        ConfigBuilder builder = new ConfigBuilder(Config.empty())
                .withMasterUrl("https://" + authority + ":" + port)
                // Projected tokens rotate: read the file for every token use, as client-go does.
                .withOauthTokenProvider(() -> read(tokenFile));
        Path ca = env.serviceAccountDir().resolve("ca.crt");
        if (Files.isRegularFile(ca)) {
            builder.withCaCertFile(ca.toString());
        }
        return tune(builder.build());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read service account token " + file, e);
        }
    }

    private static Config tune(Config config) {
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setRequestRetryBackoffLimit(RETRY_BACKOFF_LIMIT);
        return config;
    }
}
