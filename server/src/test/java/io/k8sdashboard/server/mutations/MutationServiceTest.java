package io.k8sdashboard.server.mutations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.audit.AuditLog;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mutation service against fabric8's CRUD mock (no RBAC, no server-side apply: those are
 * proven on the real cluster by RealClusterMutationsIT): the writes reach the cluster, bad input
 * is a 400 naming the field, Secret values are never answered, and every attempt, refused or
 * not, writes exactly one audit record.
 */
class MutationServiceTest {

    static MockCluster mock;
    static MutationService service;
    static final List<String> AUDIT = new CopyOnWriteArrayList<>();
    static final Logger AUDIT_LOGGER = Logger.getLogger(AuditLog.LOGGER);
    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            AUDIT.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    static ResourceKindProvider kind(String group, String version, String kind, String plural, boolean namespaced) {
        return new ResourceKindProvider() {
            @Override
            public KindDescriptor kind() {
                return new KindDescriptor(group, version, kind, plural, namespaced);
            }

            @Override
            public List<io.k8sdashboard.plugin.api.Column> columns() {
                return List.of();
            }
        };
    }

    @BeforeAll
    static void start() {
        mock = MockCluster.seeded();
        KindRegistry registry = new KindRegistry(() -> List.of(
                RegisteredKind.of(kind("", "v1", "ConfigMap", "configmaps", true), RegisteredKind.PLUGIN),
                RegisteredKind.of(kind("", "v1", "Secret", "secrets", true), RegisteredKind.PLUGIN),
                RegisteredKind.of(kind("apps", "v1", "Deployment", "deployments", true), RegisteredKind.PLUGIN)),
                List::of);
        service = new MutationService(registry, new KubernetesClients(mock.connection()), List.of(new AuditLog()));
        AUDIT_LOGGER.addHandler(CAPTURE);
    }

    @AfterAll
    static void stop() {
        AUDIT_LOGGER.removeHandler(CAPTURE);
        mock.close();
    }

    @BeforeEach
    void signIn() {
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
        AUDIT.clear();
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
    }

    static Map<String, Object> configMap(String namespace, String name, String value) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", "v1");
        object.put("kind", "ConfigMap");
        object.put("metadata", metadata);
        object.put("data", Map.of("key", value));
        return object;
    }

    @Test
    void createPatchAndDeleteReachTheClusterWithOneAuditRecordEach() {
        Map<String, Object> created = service.create("configmaps", configMap("shop", "settings", "one"), false);
        assertThat(created).containsEntry("data", Map.of("key", "one"));
        assertThat(mock.client().configMaps().inNamespace("shop").withName("settings").get().getData()).containsEntry("key", "one");

        service.patch("configmaps", "shop", "settings", ClusterWriter.PatchType.MERGE, "{\"data\":{\"key\":\"two\"}}", false);
        assertThat(mock.client().configMaps().inNamespace("shop").withName("settings").get().getData()).containsEntry("key", "two");

        assertThat(service.delete("configmaps", "shop", "settings", ClusterWriter.DeleteOptions.defaults())).isTrue();
        assertThat(mock.client().configMaps().inNamespace("shop").withName("settings").get()).isNull();
        assertThat(service.delete("configmaps", "shop", "settings", ClusterWriter.DeleteOptions.defaults())).as("gone already").isFalse();

        assertThat(AUDIT).hasSize(4);
        assertThat(AUDIT.get(0)).contains("\"user\":\"alice\"", "\"groups\":[\"team-a\"]", "\"verb\":\"create\"",
                "\"kind\":\"configmaps\"", "\"namespace\":\"shop\"", "\"name\":\"settings\"", "\"dryRun\":false", "\"status\":201");
        assertThat(AUDIT.get(1)).contains("\"verb\":\"patch\"", "\"status\":200");
        assertThat(AUDIT.get(2)).contains("\"verb\":\"delete\"", "\"status\":204");
        assertThat(AUDIT.get(3)).contains("\"verb\":\"delete\"", "\"status\":404");
    }

    @Test
    void scaleSetsTheReplicasThroughTheScaleSubresource() {
        String name = mock.client().apps().deployments().inNamespace("shop").list().getItems().get(0).getMetadata().getName();
        service.scale("deployments.apps", "shop", name, 4, false);
        assertThat(mock.client().apps().deployments().inNamespace("shop").withName(name).get().getSpec().getReplicas()).isEqualTo(4);
        assertThat(AUDIT).singleElement().asString().contains("\"verb\":\"scale\"", "\"kind\":\"deployments.apps\"", "\"status\":200");
    }

    @Test
    void aCreatedSecretIsAnsweredWithKeyNamesOnly() {
        Map<String, Object> secret = new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "Secret",
                "metadata", Map.of("name", "token", "namespace", "shop"), "stringData", Map.of("password", "hunter2")));
        Map<String, Object> created = service.create(null, secret, false);
        assertThat(created.toString()).doesNotContain("hunter2").doesNotContain("aHVudGVyMg");
        assertThat(AUDIT).singleElement().asString().doesNotContain("hunter2");
    }

    @Test
    void badInputIsA400NamingTheFieldAndIsRecorded() {
        assertField(() -> service.create("configmaps", configMap("shop", "Not_A_Name", "x"), false), "metadata.name");
        assertField(() -> service.create("configmaps", configMap(null, "settings", "x"), false), "metadata.namespace");
        assertField(() -> service.create("deployments.apps", configMap("shop", "settings", "x"), false), "kind");
        Map<String, Object> noApiVersion = configMap("shop", "a", "x");
        noApiVersion.remove("apiVersion");
        assertField(() -> service.create("configmaps", noApiVersion, false), "apiVersion");
        Map<String, Object> oddApiVersion = configMap("shop", "a", "x");
        oddApiVersion.put("apiVersion", "<R\u00b5j/v1");
        assertField(() -> service.create("configmaps", oddApiVersion, false), "apiVersion");
        assertField(() -> service.apply("configmaps", "shop", "other", configMap("shop", "settings", "x"), false, false),
                "metadata.name");
        assertField(() -> service.apply("configmaps", "shop", "settings", configMap("elsewhere", "settings", "x"), false, false),
                "metadata.namespace");
        assertField(() -> service.scale("deployments.apps", "shop", "web", -1, false), "replicas");
        assertField(() -> service.patch("configmaps", null, "settings", ClusterWriter.PatchType.MERGE, "{}", false), "namespace");
        assertThat(AUDIT).hasSize(9).allSatisfy(line -> assertThat(line).contains("\"status\":400", "\"reason\":\"invalid-input\""));
    }

    @Test
    void anUnknownKindIsA404AndMissingObjectsA404() {
        assertThatThrownBy(() -> service.patch("gizmos", "shop", "a", ClusterWriter.PatchType.MERGE, "{}", false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete("gizmos", "shop", "a", ClusterWriter.DeleteOptions.defaults()))
                .as("an unknown kind is not an absent object").isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.problemType()).isEqualTo("unknown-kind"));
        assertThatThrownBy(() -> service.patch("configmaps", "shop", "nothing-here", ClusterWriter.PatchType.MERGE,
                "{\"data\":{\"a\":\"b\"}}", false))
                .isInstanceOfSatisfying(io.fabric8.kubernetes.client.KubernetesClientException.class,
                        e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(AUDIT).hasSize(3).allSatisfy(line -> assertThat(line).contains("\"status\":404"));
    }

    @Test
    void aPatchTheDemoClusterCannotApplyIsRejectedNotLeftUnanswered() {
        String name = mock.client().apps().deployments().inNamespace("shop").list().getItems().get(0).getMetadata().getName();
        assertThatThrownBy(() -> service.patch("deployments.apps", "shop", name, ClusterWriter.PatchType.JSON, "[{\"op\":\"add\"}]", false))
                .isInstanceOfSatisfying(io.fabric8.kubernetes.client.KubernetesClientException.class,
                        e -> assertThat(e.getCode()).isEqualTo(422));
    }

    @Test
    void withoutASignedInUserNothingIsChangedAndTheRefusalIsRecorded() {
        CurrentUser.clear();
        assertThatThrownBy(() -> service.create("configmaps", configMap("shop", "anonymous", "x"), false))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(mock.client().configMaps().inNamespace("shop").withName("anonymous").get()).isNull();
        assertThat(AUDIT).singleElement().asString().contains("\"user\":null", "\"status\":401");
    }

    @Test
    void aFailingObserverDoesNotFailTheChange() {
        List<MutationAttempt> seen = new ArrayList<>();
        KindRegistry registry = new KindRegistry(() -> List.of(
                RegisteredKind.of(kind("", "v1", "ConfigMap", "configmaps", true), RegisteredKind.PLUGIN)), List::of);
        MutationService observed = new MutationService(registry, new KubernetesClients(mock.connection()), List.of(
                attempt -> {
                    throw new IllegalStateException("broken observer");
                },
                seen::add));
        observed.create("configmaps", configMap("shop", "observed", "x"), true);
        assertThat(seen).singleElement().satisfies(a -> {
            assertThat(a.dryRun()).isTrue();
            assertThat(a.verb()).isEqualTo("create");
            assertThat(a.name()).isEqualTo("observed");
            assertThat(a.status()).as("a dry-run create is answered 200: nothing was created").isEqualTo(200);
        });
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
