package io.k8sdashboard.it;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.k8sdashboard.server.kube.DemoClusterSeeder;
import io.k8sdashboard.server.kube.DemoCrudDispatcher;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Kubernetes API server of the integration tests: fabric8's mock server in CRUD mode on the
 * fixed loopback port the Liberty test configuration points at, seeded with the same objects as
 * the embedded demo cluster plus a custom resource for the third-party plugin. One per failsafe
 * JVM; it records every request so tests can check what reached the API server.
 */
public final class TestCluster {

    public static final String GADGET_GROUP = "fixtures.k8sdashboard.io";
    /** The mock logs every request at INFO, which would bury the test output; held so the level sticks. */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    static {
        MOCK_LOG.setLevel(Level.WARNING);
    }
    private static TestCluster instance;

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final List<RecordedRequest> recorded = new ArrayList<>();

    private TestCluster(int port) {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new DemoCrudDispatcher(), false);
        try {
            server.init(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        client = server.createClient();
        new DemoClusterSeeder().seed(client);
        seedGadgets();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "test-cluster-shutdown"));
    }

    /** Starts the cluster on first use. */
    public static synchronized TestCluster get() {
        if (instance == null) {
            instance = new TestCluster(Integer.getInteger("it.k8s.port", 18089));
        }
        return instance;
    }

    public KubernetesClient client() {
        return client;
    }

    /** Every request the API server received so far (seeding included). */
    public synchronized List<RecordedRequest> requests() {
        try {
            RecordedRequest next;
            while ((next = server.takeRequest(1, TimeUnit.MILLISECONDS)) != null) {
                recorded.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.copyOf(recorded);
    }

    private void seedGadgets() {
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("gadgets." + GADGET_GROUP).endMetadata()
                .withNewSpec().withGroup(GADGET_GROUP).withScope("Namespaced")
                .withNewNames().withKind("Gadget").withPlural("gadgets").withSingular("gadget").withListKind("GadgetList").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().endVersion()
                .endSpec().build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        ResourceDefinitionContext gadgets = new ResourceDefinitionContext.Builder()
                .withGroup(GADGET_GROUP).withVersion("v1").withKind("Gadget").withPlural("gadgets").withNamespaced(true).build();
        for (String[] gadget : new String[][] {{"sprocket", "red", "3"}, {"gizmo", "blue", "7"}}) {
            client.genericKubernetesResources(gadgets).inNamespace("shop").resource(new GenericKubernetesResourceBuilder()
                    .withApiVersion(GADGET_GROUP + "/v1").withKind("Gadget")
                    .withNewMetadata().withName(gadget[0]).withNamespace("shop").endMetadata()
                    .addToAdditionalProperties("spec", Map.of("color", gadget[1], "size", Integer.parseInt(gadget[2])))
                    .addToAdditionalProperties("status", Map.of("phase", "Ready"))
                    .build()).create();
        }
    }
}
