package io.k8sdashboard.server.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.kube.DemoClusterSeeder;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceServiceTest {

    static MockCluster mock;
    static ResourceService service;

    /** A plugin-style provider for Secrets that (wrongly) tries to show a value in a column. */
    static final ResourceKindProvider SECRETS = new ResourceKindProvider() {
        @Override
        public KindDescriptor kind() {
            return new KindDescriptor("", "v1", "Secret", "secrets", true);
        }

        @Override
        public List<Column> columns() {
            return List.of(Column.of("Leak", ColumnType.STRING, "tries to read a value",
                    o -> o.string("data." + DemoClusterSeeder.SECRET_KEY)));
        }
    };

    static final ResourceKindProvider PODS = new ResourceKindProvider() {
        @Override
        public KindDescriptor kind() {
            return new KindDescriptor("", "v1", "Pod", "pods", true);
        }

        @Override
        public List<Column> columns() {
            return List.of(Column.of("Status", ColumnType.STRING, "phase", o -> o.string("status.phase")));
        }

        @Override
        public List<String> shortNames() {
            return List.of("po");
        }
    };

    static final ResourceKindProvider NODES = new ResourceKindProvider() {
        @Override
        public KindDescriptor kind() {
            return new KindDescriptor("", "v1", "Node", "nodes", false);
        }

        @Override
        public List<Column> columns() {
            return List.of();
        }
    };

    @BeforeAll
    static void start() {
        mock = MockCluster.seeded();
        KubernetesClients clients = new KubernetesClients(mock.connection());
        KindRegistry registry = new KindRegistry(
                () -> List.of(RegisteredKind.of(PODS, RegisteredKind.PLUGIN), RegisteredKind.of(SECRETS, RegisteredKind.PLUGIN),
                        RegisteredKind.of(NODES, RegisteredKind.PLUGIN)),
                () -> mock.client().apiextensions().v1().customResourceDefinitions().list().getItems());
        service = new ResourceService(registry, clients);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void signIn() {
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("dev")), true));
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
    }

    private static String encodedValue() {
        return Base64.getEncoder().encodeToString(DemoClusterSeeder.SECRET_VALUE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void secretValuesNeverAppearInAList() {
        String json = Serialization.asJson(service.list("secrets", null, null, null, null));
        assertThat(json).contains(DemoClusterSeeder.SECRET_NAME).doesNotContain(encodedValue())
                .doesNotContain(DemoClusterSeeder.SECRET_VALUE).doesNotContain("ZGVtby1hcGkta2V5");
    }

    @Test
    void secretGetKeepsKeyNamesOnly() {
        Map<String, Object> secret = service.get("secrets", DemoClusterSeeder.SECRET_NAMESPACE, DemoClusterSeeder.SECRET_NAME);
        String json = Serialization.asJson(secret);
        assertThat(json).doesNotContain(encodedValue()).doesNotContain("ZGVtby1hcGkta2V5")
                .doesNotContain("last-applied-configuration");
        assertThat(secret).doesNotContainKeys("data", "stringData");
        assertThat(secret.get("dataKeys")).isEqualTo(List.of("API_KEY", DemoClusterSeeder.SECRET_KEY));
        assertThat(Serialization.asYaml(secret)).doesNotContain(encodedValue());
    }

    @Test
    void secretValuesNeverReachThePluginReaderOrAlias() {
        String viaShortResolve = Serialization.asJson(service.listTrees("secret", "shop", null));
        assertThat(viaShortResolve).doesNotContain(encodedValue());
    }

    @Test
    void rowsComeInNamespaceThenNameOrder() {
        List<String> keys = service.list("pods", null, null, null, null).rows().stream()
                .map(row -> row.namespace() + "/" + row.name()).toList();
        assertThat(keys).hasSizeGreaterThan(3).isSorted();
    }

    @Test
    void listsRowsWithHostColumnsAndProviderColumns() {
        ResourceTable table = service.list("po", "shop", "app=web", null, null);
        assertThat(table.kind()).isEqualTo("pods");
        assertThat(table.columns()).extracting(ColumnInfo::name).containsExactly("Name", "Namespace", "Status", "Age");
        assertThat(table.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.namespace()).isEqualTo("shop");
            assertThat(row.cells().get(0)).isEqualTo(row.name());
            assertThat(row.cells().get(2)).isEqualTo("Running");
            assertThat(row.cells().get(3)).isEqualTo(row.created());
            assertThat(row.labels()).containsEntry("app", "web");
        });
    }

    @Test
    void crdKindsAreListedWithTheirPrinterColumns() {
        ResourceTable table = service.list("widgets.example.com", null, null, null, null);
        assertThat(table.columns()).extracting(ColumnInfo::name).containsExactly("Name", "Namespace", "Color", "Size", "Ready", "Age");
        ResourceRow blue = table.rows().stream().filter(r -> r.name().equals("blue-widget")).findFirst().orElseThrow();
        assertThat(blue.cells()).containsExactly("blue-widget", "shop", "blue", 3L, "True", blue.created());
        assertThat(service.kinds()).anySatisfy(k -> {
            assertThat(k.resourceName()).isEqualTo("widgets.example.com");
            assertThat(k.source()).isEqualTo("crd");
            assertThat(k.shortNames()).containsExactly("wd");
        });
    }

    @Test
    void clusterScopedKindsIgnoreTheNamespace() {
        ResourceTable nodes = service.list("nodes", "shop", null, null, null);
        assertThat(nodes.columns()).extracting(ColumnInfo::name).containsExactly("Name", "Age");
        assertThat(nodes.rows()).hasSize(3).allSatisfy(r -> assertThat(r.namespace()).isNull());
        assertThat(service.get("node", null, "node-1")).containsEntry("kind", "Node");
    }

    @Test
    void unknownKindIs404AndMissingObjectIs404() {
        assertThatThrownBy(() -> service.list("gizmos", null, null, null, null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("gizmos");
        assertThatThrownBy(() -> service.get("pods", "shop", "nope")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.problemType()).isEqualTo("resource-not-found"));
    }

    @Test
    void badParametersNameTheParameter() {
        assertThatThrownBy(() -> service.list("pods", "Bad_NS", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("namespace"));
        assertThatThrownBy(() -> service.list("pods", null, "app in (web", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labelSelector"));
        assertThatThrownBy(() -> service.list("pods", null, null, "0", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> service.get("pods", "shop", "Not/A/Name"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
