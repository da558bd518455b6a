package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import io.k8sdashboard.plugin.api.DashboardException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The dashboard's one connection to its cluster: chooses it from MP Config (see
 * {@link ClusterSelector}), builds the shared client on first use, and reports mode, URL, version
 * and reachability. A configured cluster that cannot be reached is an error (503), never a
 * reason to fall back to the demo cluster.
 */
@ApplicationScoped
public class ClusterConnection {

    private static final Logger LOG = Logger.getLogger(ClusterConnection.class.getName());
    /** Probing /version must not hold a readiness check or page for long. */
    private static final int PROBE_TIMEOUT_MS = 3_000;
    private static final Duration PROBE_CACHE = Duration.ofSeconds(5);

    /** Read once, by {@link #select(Config)}, which {@link EarlyDemoStart} shares. */
    @Inject
    Config config;
    @Inject
    KubernetesApiMetrics metrics;

    private ApiCallCounter counter;
    private KubernetesCallPolicy policy;
    private final Clock clock = Clock.systemUTC();
    private ClusterTarget target;
    private KubernetesClient client;
    private EmbeddedDemoCluster demoCluster;
    private volatile ClusterStatus lastStatus;
    private volatile Instant lastProbe = Instant.MIN;

    /** For CDI. */
    public ClusterConnection() {
    }

    /** For tests and tools: a connection to an already chosen target. */
    public ClusterConnection(ClusterTarget target, ApiCallCounter counter) {
        this.target = target;
        this.counter = counter;
    }

    /** Says at start which cluster is used; the client itself is built on first use. */
    void onStart(@Observes Startup startup) {
        ClusterTarget t = target();
        if (t.ok()) {
            LOG.info(() -> "Kubernetes cluster mode: " + t.mode().wireName()
                    + (t.mode() == ClusterMode.DEMO ? " (embedded DEMO CLUSTER, not a real cluster)" : " at " + t.config().getMasterUrl()));
            if (t.mode() == ClusterMode.DEMO) {
                startDemoInBackground();
            }
        } else {
            LOG.severe(() -> "No usable Kubernetes cluster: " + t.error());
        }
    }

    /**
     * Starts and seeds the demo cluster (or waits for the one {@link EarlyDemoStart} started)
     * while the server finishes starting, rather than on the first request or readiness probe.
     */
    private void startDemoInBackground() {
        Thread starter = new Thread(() -> {
            try {
                client();
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.SEVERE, "The embedded demo cluster failed to start", e);
            }
        }, "demo-cluster-start");
        starter.setContextClassLoader(ClusterConnection.class.getClassLoader());
        starter.setDaemon(true);
        starter.start();
    }

    /** The chosen target (computed once). */
    public synchronized ClusterTarget target() {
        if (target == null) {
            target = select(config);
        }
        return target;
    }

    /** Chooses the cluster from the {@code dashboard.kubernetes.*} and {@code dashboard.cluster.demo} keys. */
    static ClusterTarget select(Config config) {
        ClusterSettings settings;
        try {
            settings = new ClusterSettings(
                    config.getOptionalValue("dashboard.kubernetes.api-url", String.class),
                    config.getOptionalValue("dashboard.kubernetes.token", String.class),
                    config.getOptionalValue("dashboard.kubernetes.ca-file", String.class),
                    config.getOptionalValue("dashboard.kubernetes.insecure-skip-tls-verify", Boolean.class).orElse(false),
                    config.getOptionalValue("dashboard.kubernetes.kubeconfig", String.class),
                    config.getOptionalValue("dashboard.kubernetes.context", String.class),
                    ClusterSettings.Demo.parse(config.getOptionalValue("dashboard.cluster.demo", String.class).orElse("auto")));
        } catch (IllegalArgumentException e) {
            return ClusterTarget.failed(e.getMessage());
        }
        return ClusterSelector.select(settings, ClusterEnvironment.current());
    }

    /**
     * The shared client with the dashboard's own credentials. Never close it, and never change
     * its configuration: derive per-request clients instead (see {@link KubernetesClients}).
     *
     * @throws DashboardException 503 when no cluster is configured or the demo cannot start
     */
    public synchronized KubernetesClient client() {
        if (client != null) {
            return client;
        }
        ClusterTarget t = target();
        if (!t.ok()) {
            throw new DashboardException(503, "cluster-not-configured", "No cluster configured", t.error());
        }
        ApiCallCounter counter = this.counter != null ? this.counter : metrics != null ? metrics : ApiCallCounter.NONE;
        if (t.mode() == ClusterMode.DEMO) {
            EmbeddedDemoCluster demoServer;
            try {
                // Usually started (and being seeded) since CDI bootstrap; otherwise start it now.
                demoServer = EmbeddedDemoCluster.takeStartedEarly().orElseGet(EmbeddedDemoCluster::startSeeded);
            } catch (RuntimeException e) {
                throw new DashboardException(503, "cluster-unreachable", "Cluster unreachable",
                        "The embedded demo cluster failed to start", e);
            }
            demoCluster = demoServer;
            client = KubernetesClientFactory.build(demoServer.config(), counter, policy());
        } else {
            client = KubernetesClientFactory.build(t.config(), counter, policy());
        }
        return client;
    }

    /** Timeouts, retries and the {@code kubernetes} circuit breaker (from MP Config; defaults without it). */
    public synchronized KubernetesCallPolicy policy() {
        if (policy == null) {
            policy = config == null ? KubernetesCallPolicy.defaults() : KubernetesCallPolicy.from(config);
        }
        return policy;
    }

    /** The connection's mode, {@code null} when none could be chosen. */
    public ClusterMode mode() {
        return target().mode();
    }

    /** The API server URL, {@code null} when none could be chosen or the demo has not started yet. */
    public String serverUrl() {
        ClusterTarget t = target();
        if (!t.ok()) {
            return null;
        }
        if (t.mode() == ClusterMode.DEMO) {
            synchronized (this) {
                return client == null ? null : client.getMasterUrl().toString();
            }
        }
        return t.config().getMasterUrl();
    }

    /**
     * The auth mode to use when {@code dashboard.auth.mode} is unset: {@code LOCAL} for the demo
     * and kubeconfig, {@code PROXY} for in-cluster and API URL. With no usable cluster it is
     * {@code PROXY}, the mode that trusts nobody by default.
     */
    public AuthMode defaultAuthMode() {
        ClusterMode mode = target().mode();
        return mode == null ? AuthMode.PROXY : mode.defaultAuthMode();
    }

    /**
     * Whether the API server answers /version, cached for a few seconds so that readiness probes
     * and page loads do not each cost a request.
     */
    public ClusterStatus status() {
        Instant now = clock.instant();
        ClusterStatus cached = lastStatus;
        if (cached != null && now.isBefore(lastProbe.plus(PROBE_CACHE))) {
            return cached;
        }
        ClusterStatus fresh = probe();
        lastStatus = fresh;
        lastProbe = now;
        return fresh;
    }

    private ClusterStatus probe() {
        try {
            KubernetesClient probeClient = client().newClient(new RequestConfigBuilder(client().getConfiguration().getRequestConfig())
                    .withRequestTimeout(PROBE_TIMEOUT_MS).withRequestRetryBackoffLimit(0).build())
                    .adapt(KubernetesClient.class);
            // Not closed: a derived client shares (and would close) the shared HTTP client.
            return new ClusterStatus(true, probeClient.getKubernetesVersion().getGitVersion(), null);
        } catch (DashboardException e) {
            return new ClusterStatus(false, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cluster probe failed", e);
            return new ClusterStatus(false, null, "Kubernetes API at " + serverUrl() + " is unreachable: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (demoCluster != null) {
            demoCluster.close();
            demoCluster = null;
        }
    }
}
