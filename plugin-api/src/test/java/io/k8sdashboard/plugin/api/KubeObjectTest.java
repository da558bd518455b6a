package io.k8sdashboard.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeObjectTest {

    private final KubeObject pod = KubeObject.of(Map.of(
            "apiVersion", "v1", "kind", "Pod",
            "metadata", Map.of("name", "web-1", "namespace", "shop", "labels", Map.of("app", "web")),
            "spec", Map.of("containers", List.of(Map.of("name", "nginx", "image", "nginx:1.27"))),
            "status", Map.of("phase", "Running", "containerStatuses",
                    List.of(Map.of("ready", true, "restartCount", 3)))));

    @Test
    void readsNestedPathsWithListIndexes() {
        assertThat(pod.string("status.phase")).isEqualTo("Running");
        assertThat(pod.get("status.containerStatuses[0].ready")).isEqualTo(true);
        assertThat(pod.number("status.containerStatuses[0].restartCount")).contains(3L);
        assertThat(pod.objects("spec.containers")).extracting(c -> c.string("image")).containsExactly("nginx:1.27");
    }

    @Test
    void missingStepsReadAsNullOrEmpty() {
        assertThat(pod.get("status.nothing.deeper")).isNull();
        assertThat(pod.get("status.containerStatuses[5].ready")).isNull();
        assertThat(pod.get("metadata.name[0]")).isNull();
        assertThat(pod.objects("spec.volumes")).isEmpty();
        assertThat(pod.stringMap("metadata.annotations")).isEmpty();
        assertThat(pod.number("status.phase")).isEmpty();
    }

    @Test
    void exposesMetadataShortcuts() {
        assertThat(pod.name()).isEqualTo("web-1");
        assertThat(pod.namespace()).isEqualTo("shop");
        assertThat(pod.labels()).containsEntry("app", "web");
        assertThat(pod.kind()).isEqualTo("Pod");
    }

    @Test
    void isADeepCopyThatCannotBeChanged() {
        Map<String, Object> metadata = new HashMap<>(Map.of("name", "a"));
        Map<String, Object> tree = new HashMap<>(Map.of("metadata", metadata, "items", new ArrayList<>(List.of("x"))));
        KubeObject object = KubeObject.of(tree);
        metadata.put("name", "changed");
        assertThat(object.name()).isEqualTo("a");
        assertThatThrownBy(() -> object.tree().put("kind", "Pod")).isInstanceOf(UnsupportedOperationException.class);
    }
}
