package io.k8sdashboard.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionParametersTest {

    @Test
    void publishesAJsonSchemaObjectWithoutOtherProperties() {
        ActionParameters schema = ActionParameters.of(
                ActionParameter.string("key", "Key").asRequired().matching("[a-z]+"),
                ActionParameter.integer("replicas", "Replicas").range(0, 10),
                ActionParameter.bool("force", "Force"),
                ActionParameter.oneOf("mode", "Mode", "fast", "safe"));

        assertThat(schema.toJsonSchema()).isEqualTo(Map.of(
                "type", "object",
                "properties", Map.of(
                        "key", Map.of("type", "string", "title", "Key", "pattern", "^(?:[a-z]+)$"),
                        "replicas", Map.of("type", "integer", "title", "Replicas", "minimum", 0L, "maximum", 10L),
                        "force", Map.of("type", "boolean", "title", "Force"),
                        "mode", Map.of("type", "string", "title", "Mode", "enum", List.of("fast", "safe"))),
                "required", List.of("key"),
                "additionalProperties", false));
    }

    @Test
    void anActionWithoutInputTakesAnEmptyObject() {
        assertThat(ActionParameters.NONE.toJsonSchema()).containsEntry("properties", Map.of())
                .containsEntry("additionalProperties", false);
    }

    @Test
    void refusesSchemasTheHostCouldNotCheck() {
        assertThatThrownBy(() -> ActionParameter.string("s", "S").range(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionParameter.integer("i", "I").matching("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionParameter.integer("i", "I").range(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionParameter.string("s", "S").matching("(")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionParameter.oneOf("e", "E")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionParameter.string("bad name", "B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionParameters.of(ActionParameter.bool("a", "A"), ActionParameter.bool("a", "A")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestMadeTheOldWayIsNoDryRun() {
        assertThat(new ActionRequest("ns", "web", Map.of()).dryRun()).isFalse();
        assertThat(new ActionRequest("ns", "web", null, true).dryRun()).isTrue();
    }

    @Test
    void anActionWithoutParametersDeclaresNone() {
        ResourceAction action = new ResourceAction() {
            @Override
            public String id() {
                return "noop";
            }

            @Override
            public String title() {
                return "Noop";
            }

            @Override
            public KindDescriptor kind() {
                return new KindDescriptor("", "v1", "ConfigMap", "configmaps", true);
            }

            @Override
            public RequiredAccess requiredAccess() {
                return RequiredAccess.of("get", kind());
            }

            @Override
            public ActionResult execute(ActionRequest request, PluginContext context) {
                return ActionResult.done("nothing");
            }
        };
        assertThat(action.parameters()).isEqualTo(ActionParameters.NONE);
    }
}
