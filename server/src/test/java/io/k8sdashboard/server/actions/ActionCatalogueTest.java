package io.k8sdashboard.server.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.server.resources.ActionInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionCatalogueTest {

    @Test
    void listsAKindsActionsWithTheirAccessAndParameterSchema() {
        ActionFixtures.Recording annotate = ActionFixtures.Recording.annotate();
        ActionCatalogue catalogue = new ActionCatalogue(() -> List.of(annotate), a -> Optional.of("action-plugin"));

        List<ActionInfo> infos = catalogue.forKind("configmaps");

        assertThat(infos).singleElement().satisfies(info -> {
            assertThat(info.id()).isEqualTo("annotate");
            assertThat(info.plugin()).isEqualTo("action-plugin");
            assertThat(info.access()).isEqualTo(new ActionInfo.Access("patch", "", "configmaps", ""));
            assertThat(info.parameters()).containsEntry("type", "object").containsEntry("required", List.of("key", "value"));
            assertThat(((Map<?, ?>) info.parameters().get("properties")).keySet().stream().map(String::valueOf).toList())
                    .containsExactly("key", "value", "times", "loud", "mode");
        });
        assertThat(catalogue.forKind("deployments.apps")).isEmpty();
    }

    @Test
    void theFirstPluginsActionWinsASecondWithTheSameKindAndId() {
        ActionFixtures.Recording first = ActionFixtures.Recording.annotate();
        ActionFixtures.Recording second = ActionFixtures.Recording.annotate();
        List<ResourceAction> actions = List.of(first, second);
        ActionCatalogue catalogue = new ActionCatalogue(() -> actions,
                a -> Optional.of(a == first ? "a-plugin" : "b-plugin"));

        assertThat(catalogue.find("configmaps", "annotate")).get().satisfies(a -> {
            assertThat(a.pluginId()).isEqualTo("a-plugin");
            assertThat(a.action()).isSameAs(first);
        });
        assertThat(catalogue.all()).hasSize(1);
    }

    @Test
    void anActionOfNoKnownPluginIsSkipped() {
        ActionCatalogue catalogue = new ActionCatalogue(() -> List.of(ActionFixtures.Recording.annotate()), a -> Optional.empty());
        assertThat(catalogue.find("configmaps", "annotate")).isEmpty();
    }
}
