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
