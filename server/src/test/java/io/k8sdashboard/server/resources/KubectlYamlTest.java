package io.k8sdashboard.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubectlYamlTest {

    @Test
    void writesPlainScalarsLikeKubectl() {
        String yaml = KubectlYaml.write(Map.of("kind", "Pod", "metadata", Map.of("name", "web-1")));
        assertThat(yaml).contains("kind: Pod", "name: web-1").doesNotStartWith("---");
    }

    @Test
    void quotesStringsThatWouldReadBackAsOtherTypes() {
        String yaml = KubectlYaml.write(Map.of("data", Map.of("port", "8080", "enabled", "true"),
                "spec", Map.of("replicas", 3, "args", List.of("--verbose"))));
        assertThat(yaml).contains("port: \"8080\"", "enabled: \"true\"", "replicas: 3");
    }

    @Test
    void writesMultiLineTextAsALiteralBlock() {
        String yaml = KubectlYaml.write(Map.of("data", Map.of("config", "a: 1\nb: 2\n")));
        assertThat(yaml).contains("config: |");
    }
}
