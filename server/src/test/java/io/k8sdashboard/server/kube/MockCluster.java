package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

/** A CRUD mock API server plus a client built the way the server builds its own, for tests. */
public final class MockCluster implements AutoCloseable {

    private final EmbeddedDemoCluster cluster;
    private final KubernetesClient client;

    private MockCluster(EmbeddedDemoCluster cluster, KubernetesClient client) {
        this.cluster = cluster;
        this.client = client;
    }

    /** An empty cluster. */
    public static MockCluster empty(ApiCallCounter counter) {
        EmbeddedDemoCluster cluster = EmbeddedDemoCluster.start();
        return new MockCluster(cluster, KubernetesClientFactory.build(cluster.config(), counter));
    }

    /** A cluster seeded with the demo objects. */
    public static MockCluster seeded() {
        MockCluster mock = empty(ApiCallCounter.NONE);
        new DemoClusterSeeder().seed(mock.client());
        return mock;
    }

    public KubernetesClient client() {
        return client;
    }

    public KubernetesMockServer server() {
        return cluster.server();
    }

    /** A connection bean over this cluster, in the given mode. */
    public ClusterConnection connection() {
        return connection(client);
    }

    /** A connection bean over any client (say, of a mock server answering by hand). */
    public static ClusterConnection connection(KubernetesClient shared) {
        return new ClusterConnection(ClusterTarget.of(ClusterMode.API_URL, shared.getConfiguration()), ApiCallCounter.NONE) {
            @Override
            public synchronized KubernetesClient client() {
                return shared;
            }
        };
    }

    @Override
    public void close() {
        client.close();
        cluster.close();
    }
}
