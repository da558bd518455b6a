package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * The demo cluster: fabric8's mock API server in CRUD mode, in this process, on a loopback
 * ephemeral port (never reachable from outside the machine), seeded by {@link DemoClusterSeeder}.
 * It has no RBAC and no controllers: objects stay as seeded until someone changes them.
 */
public final class EmbeddedDemoCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDemoCluster.class.getName());
    /** The mock logs every request at INFO; held strongly so the level sticks. */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    static {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** The Kubernetes version the demo cluster reports at /version. */
    public static final String VERSION = "v1.34.0-demo";

    /**
     * The demo cluster started by {@link #startSeededInBackground()} while the application deploys,
     * until {@link #takeStartedEarly()} hands it over. Per class loader, hence per deployed app.
     */
    private static CompletableFuture<EmbeddedDemoCluster> early;

    private final KubernetesMockServer server;

    private EmbeddedDemoCluster(KubernetesMockServer server) {
        this.server = server;
    }

    /** Starts an empty CRUD mock server on 127.0.0.1 (the seeding happens through a client). */
    public static EmbeddedDemoCluster start() {
        // The 5-argument constructor is the CRUD one; new KubernetesMockServer(true) means https.
        // DemoCrudDispatcher keeps the back-dated creation times the seeder sends.
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new DemoCrudDispatcher(), false);
        server.setVersionInfo(new VersionInfo.Builder().withMajor("1").withMinor("34")
                .withGitVersion(VERSION).withPlatform("demo/embedded").build());
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("loopback address unavailable", e);
        }
        LOG.info(() -> "Started the embedded DEMO CLUSTER (fabric8 mock API server, not a real cluster) at "
                + server.url("/"));
        return new EmbeddedDemoCluster(server);
    }

    /**
     * Starts and seeds a demo cluster with a client of its own (closed afterwards), so that the
     * seeding does not need the application's shared client or its metrics.
     */
    public static EmbeddedDemoCluster startSeeded() {
        EmbeddedDemoCluster cluster = start();
        try (KubernetesClient seedClient = KubernetesClientFactory.build(cluster.config(), ApiCallCounter.NONE)) {
            cluster.seed(seedClient);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /**
     * Starts and seeds the demo cluster on a background thread, at most once. Called at the very
     * beginning of CDI bootstrap (see {@link ClusterConnection.EarlyDemoStart}): starting Vert.x
     * and seeding take seconds of mostly single-threaded work, which then overlap with the
     * application's deployment (CDI, OpenAPI, web module) instead of following it.
     */
    static synchronized void startSeededInBackground() {
        if (early != null) {
            return;
        }
        CompletableFuture<EmbeddedDemoCluster> future = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                future.complete(startSeeded());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "demo-cluster-early-start");
        starter.setContextClassLoader(EmbeddedDemoCluster.class.getClassLoader());
        starter.setDaemon(true);
        starter.start();
        early = future;
    }

    /**
     * The cluster started by {@link #startSeededInBackground()}, waiting for it to be seeded;
     * empty when none was started (or it was already taken). The caller owns and closes it.
     *
     * @throws RuntimeException what starting or seeding it threw
     */
    static Optional<EmbeddedDemoCluster> takeStartedEarly() {
        CompletableFuture<EmbeddedDemoCluster> future;
        synchronized (EmbeddedDemoCluster.class) {
            future = early;
            early = null;
        }
        if (future == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(future.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** The client configuration to reach it (no credentials: the mock has no auth). */
    public Config config() {
        String url = server.url("/");
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(url).withNamespace("default").build();
        config.setRequestRetryBackoffLimit(0);
        return config;
    }

    /** Seeds it with the demo objects through the given client. */
    public void seed(KubernetesClient client) {
        new DemoClusterSeeder().seed(client);
        LOG.info(() -> "Demo cluster seeded with " + DemoClusterSeeder.CONTENTS.size() + " kinds of objects");
    }

    /** The underlying server, for tests that inspect recorded requests. */
    public KubernetesMockServer server() {
        return server;
    }

    @Override
    public void close() {
        server.destroy();
        LOG.info("Stopped the embedded demo cluster");
    }
}
