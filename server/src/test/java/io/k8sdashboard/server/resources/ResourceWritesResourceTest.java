package io.k8sdashboard.server.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.server.validation.InputValidation;
import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.mutations.ObjectBodies;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The write endpoints' own input checks: each refusal a 400 naming what was wrong. */
class ResourceWritesResourceTest {

    @Test
    void bodiesAreJsonOrYamlObjects() {
        assertThat(ObjectBodies.parse("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\"}")).containsEntry("kind", "ConfigMap");
        assertThat(ObjectBodies.parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n")).containsEntry("metadata", Map.of("name", "a"));
        assertField(() -> ObjectBodies.parse(""), "body");
        assertField(() -> ObjectBodies.parse("[1, 2]"), "body");
        assertField(() -> ObjectBodies.parse("{\"unclosed\": "), "body");
        assertField(() -> ObjectBodies.parse("just text"), "body");
    }

    @Test
    void thePatchTypeComesFromTheContentType() {
        assertThat(ResourceWritesResource.patchType("application/merge-patch+json")).isEqualTo(ClusterWriter.PatchType.MERGE);
        assertThat(ResourceWritesResource.patchType("application/json-patch+json; charset=utf-8")).isEqualTo(ClusterWriter.PatchType.JSON);
        assertThat(ResourceWritesResource.patchType("application/strategic-merge-patch+json"))
                .isEqualTo(ClusterWriter.PatchType.STRATEGIC_MERGE);
        assertField(() -> ResourceWritesResource.patchType("application/json"), "Content-Type");
        assertField(() -> ResourceWritesResource.checkJson("{}", ClusterWriter.PatchType.JSON), "body");
        assertField(() -> ResourceWritesResource.checkJson("[]", ClusterWriter.PatchType.MERGE), "body");
        assertField(() -> ResourceWritesResource.checkJson("{", ClusterWriter.PatchType.MERGE), "body");
        assertField(() -> ResourceWritesResource.checkJson("[{\"op\":\"add\"}]", ClusterWriter.PatchType.JSON), "body");
        assertField(() -> ResourceWritesResource.checkJson("[{\"op\":\"frobnicate\",\"path\":\"/a\"}]", ClusterWriter.PatchType.JSON), "body");
        ResourceWritesResource.checkJson("[{\"op\":\"remove\",\"path\":\"/metadata/labels/a\"}]", ClusterWriter.PatchType.JSON);
    }

    @Test
    void parametersAreChecked() {
        assertThat(InputValidation.flag("dryRun", null)).isFalse();
        assertThat(InputValidation.flag("dryRun", "true")).isTrue();
        assertField(() -> InputValidation.flag("dryRun", "yes"), "dryRun");
        assertThat(ResourceWritesResource.propagation(null)).isEqualTo(ClusterWriter.Propagation.BACKGROUND);
        assertThat(ResourceWritesResource.propagation("Orphan")).isEqualTo(ClusterWriter.Propagation.ORPHAN);
        assertField(() -> ResourceWritesResource.propagation("orphan"), "propagationPolicy");
        assertField(() -> ResourceWritesResource.resourceVersion("abc"), "resourceVersion");
        assertThat(ResourceWritesResource.replicas("{\"replicas\":3}")).isEqualTo(3);
        assertField(() -> ResourceWritesResource.replicas("{\"replicas\":-1}"), "replicas");
        assertField(() -> ResourceWritesResource.replicas("{\"replicas\":1.5}"), "replicas");
        assertField(() -> ResourceWritesResource.replicas("{}"), "replicas");
        assertField(() -> ResourceWritesResource.replicas("nope"), "body");
        assertField(() -> ResourceWritesResource.Located.of("pods", "Bad_NS", "a"), "namespace");
        assertThat(ResourceWritesResource.Located.of("nodes", "_", "n1").namespace()).isNull();
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
