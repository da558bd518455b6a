package io.k8sdashboard.server.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.FakeReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.MockCluster;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Strict mode passes continue tokens (or their inner part) to the API server, which answers 400 to
 * one it did not issue, as a real API server does (the CRUD mock ignores tokens): that is bad
 * input on {@code continue}, not a generic "bad request".
 */
class ResourceServiceContinueTest {

    private static final String NAMESPACES = "{\"kind\":\"NamespaceList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":["
            + "{\"metadata\":{\"name\":\"team-a\"}},{\"metadata\":{\"name\":\"team-b\"}}]}";
    private static final String NO_PODS = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}";
    private static final String BAD_TOKEN = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"message\":\"The provided continue parameter is not valid\",\"reason\":\"BadRequest\",\"code\":400}";

    private MockWebServer server;
    private KubernetesClient client;
    private KubernetesClients clients;

    @BeforeEach
    void start() {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath();
                if (path.contains("continue=")) {
                    return new MockResponse().setResponseCode(400).setBody(BAD_TOKEN);
                }
                return new MockResponse().setResponseCode(200).setBody(path.startsWith("/api/v1/namespaces?")
                        || path.equals("/api/v1/namespaces") ? NAMESPACES : NO_PODS);
            }
        });
        server.start();
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(server.url("/").toString())
                .withRequestRetryBackoffLimit(0).build();
        client = new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
        clients = new KubernetesClients(MockCluster.connection(client));
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
    }

    @AfterEach
    void stop() {
        CurrentUser.clear();
        client.close();
        server.shutdown();
    }

    private static KindRegistry pods() {
        return new KindRegistry(() -> List.of(RegisteredKind.of(ResourceServiceTest.PODS, RegisteredKind.PLUGIN)), List::of);
    }

    @Test
    void aForgedInnerTokenOfAnAllNamespacesListNamesContinue() {
        FakeReviewer reviewer = new FakeReviewer().allow("list", "", "pods", "team-a").allow("list", "", "pods", "team-b");
        ResourceService service = new ResourceService(pods(), clients, new ReadableNamespaces(reviewer, clients));
        String forged = new FanOutToken("team-b", "forged").encode();
        assertThatThrownBy(() -> service.list("pods", null, null, "1", forged))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
    }

    @Test
    void aForgedTokenOfAOneNamespaceListNamesContinue() {
        ResourceService service = new ResourceService(pods(), clients);
        assertThatThrownBy(() -> service.list("pods", "team-a", null, "1", "forged"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
        assertThat(service.list("pods", "team-a", null, "1", null).rows()).isEmpty();
    }
}
