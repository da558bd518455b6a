package io.k8sdashboard.plugin.api.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.ClusterWriter.PatchType;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.EventTarget;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ProgressReporter;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.plugin.api.testing.FakePluginContext.PublishedEvent;
import io.k8sdashboard.plugin.api.testing.FakePluginContext.RecordedProgress.Step;
import io.k8sdashboard.plugin.api.testing.FakePluginContext.Write;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakePluginContextTest {

    private static Map<String, Object> pod(String namespace, String name, Map<String, String> labels) {
        return Map.of("apiVersion", "v1", "kind", "Pod",
                "metadata", Map.of("name", name, "namespace", namespace, "labels", labels));
    }

    private final FakePluginContext context = new FakePluginContext("my-plugin")
            .add("pods",
                    pod("shop", "web-1", Map.of("app", "web", "env", "prod")),
                    pod("shop", "db-1", Map.of("app", "db", "env", "prod")),
                    pod("team-a", "web-2", Map.of("app", "web", "env", "dev", "canary", "true")));

    private List<String> names(String namespace, String selector) {
        return context.reader().list("pods", namespace, selector).stream().map(KubeObject::name).toList();
    }

    @Test
    void readerListsTheAddedObjectsByNamespace() {
        assertThat(names(null, null)).containsExactly("web-1", "db-1", "web-2");
        assertThat(names("shop", null)).containsExactly("web-1", "db-1");
        assertThat(names("nowhere", null)).isEmpty();
    }

    @Test
    void readerAppliesEqualityAndSetBasedLabelSelectors() {
        assertThat(names(null, "app=web")).containsExactly("web-1", "web-2");
        assertThat(names(null, "app==web,env!=dev")).containsExactly("web-1");
        assertThat(names(null, "env in (dev, staging)")).containsExactly("web-2");
        assertThat(names(null, "app notin (db),!canary")).containsExactly("web-1");
        assertThat(names(null, "canary")).containsExactly("web-2");
    }

    @Test
    void aMalformedSelectorIsA400NamingTheField() {
        assertThatThrownBy(() -> names(null, "app=(web"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("labelSelector");
                });
    }

    @Test
    void readerGetsOneObjectByNamespaceAndName() {
        assertThat(context.reader().get("pods", "shop", "db-1")).map(KubeObject::name).contains("db-1");
        assertThat(context.reader().get("pods", "team-a", "db-1")).isEmpty();
    }

    @Test
    void anUnknownKindIsA404UnlessDeclared() {
        assertThatThrownBy(() -> context.reader().list("widgets.example.com", null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.problemType()).isEqualTo("unknown-kind");
                });
        context.declareKind("widgets.example.com");
        assertThat(context.reader().list("widgets.example.com", null, null)).isEmpty();
    }

    @Test
    void objectsCanBeAddedUnderAKindDescriptor() {
        KindDescriptor widgets = new KindDescriptor("example.com", "v1", "Widget", "widgets", true);
        context.add(widgets, Map.of("apiVersion", "example.com/v1", "kind", "Widget",
                "metadata", Map.of("name", "blue", "namespace", "shop")));
        assertThat(context.reader().list("widgets.example.com", "shop", null)).extracting(KubeObject::name)
                .containsExactly("blue");
    }

    @Test
    void aDeniedKindIsA403ForReadsAndWrites() {
        context.deny("pods");
        assertThatThrownBy(() -> names(null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> context.writer().delete("pods", "shop", "web-1"))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(context.writes()).isEmpty();
    }

    @Test
    void writerRecordsEveryCallAndChangesNothing() {
        Map<String, Object> created = pod("shop", "web-3", Map.of("app", "web"));
        assertThat(context.writer().create(created).name()).isEqualTo("web-3");
        assertThat(context.writer().patch("pods", "shop", "web-1", PatchType.MERGE, "{\"metadata\":{}}").name())
                .isEqualTo("web-1");
        assertThat(context.writer().delete("pods", "shop", "db-1")).isTrue();
        assertThat(context.writer().delete("pods", "shop", "gone")).isFalse();

        assertThat(context.writes()).containsExactly(
                new Write(Write.Operation.CREATE, "Pod", "shop", "web-3", null, KubeObject.of(created).tree()),
                new Write(Write.Operation.PATCH, "pods", "shop", "web-1", PatchType.MERGE, "{\"metadata\":{}}"),
                new Write(Write.Operation.DELETE, "pods", "shop", "db-1", null, null),
                new Write(Write.Operation.DELETE, "pods", "shop", "gone", null, null));
        assertThat(names("shop", null)).containsExactly("web-1", "db-1");
    }

    @Test
    void applyAndScaleAreRecordedTooWithTheirDryRunFlag() {
        Map<String, Object> applied = pod("shop", "web-9", Map.of("app", "web"));
        assertThat(context.writer().apply(applied, false, true).name()).isEqualTo("web-9");
        assertThat(context.writer().scale("pods", "shop", "web-1", 3, false).number("spec.replicas")).contains(3L);
        assertThatThrownBy(() -> context.writer().scale("pods", "shop", "gone", 1, false))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(context.writes()).containsExactly(
                new Write(Write.Operation.APPLY, "Pod", "shop", "web-9", null, KubeObject.of(applied).tree(), true),
                new Write(Write.Operation.SCALE, "pods", "shop", "web-1", null, 3),
                new Write(Write.Operation.SCALE, "pods", "shop", "gone", null, 1));
        assertThat(names("shop", null)).containsExactly("web-1", "db-1");
    }

    @Test
    void patchingAMissingObjectIsA404AndStillRecorded() {
        assertThatThrownBy(() -> context.writer().patch("pods", "shop", "gone", PatchType.JSON, "[]"))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(context.writes()).extracting(Write::name).containsExactly("gone");
    }

    @Test
    void eventsAreRecordedAndMustBeJsonCompatible() {
        context.events().publish("deployment:progress", Map.of("percent", 50, "steps", List.of("a", true)));
        assertThat(context.publishedEvents()).containsExactly(
                new PublishedEvent("deployment:progress", Map.of("percent", 50, "steps", List.of("a", true))));
        assertThatThrownBy(() -> context.events().publish("x", Map.of("when", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload.when");
    }

    @Test
    void progressIsRecordedPerOperationAndEndsOnce() {
        ProgressReporter first = context.progress("rollout", "deployments.apps/shop/web");
        ProgressReporter second = context.progress("restart", "deployments.apps/shop/api");
        first.step(50, "1 of 2 replicas ready");
        first.succeeded("rolled out");

        assertThat(first.operationId()).isNotEqualTo(second.operationId());
        FakePluginContext.RecordedProgress recorded = context.progressReports().get(0);
        assertThat(recorded.operation()).isEqualTo("rollout");
        assertThat(recorded.target()).isEqualTo("deployments.apps/shop/web");
        assertThat(recorded.steps()).containsExactly(new Step(50, "1 of 2 replicas ready"));
        assertThat(recorded.outcome()).contains("succeeded: rolled out");
        assertThat(context.progressReports().get(1).outcome()).isEmpty();
        assertThatThrownBy(() -> first.failed("late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> second.step(101, "too far")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsComeFromTheMapWithTheApisDefaults() {
        context.setting("greeting", "Hi").setting("limit", "7").setting("bad", "seven");
        assertThat(context.settings().get("greeting")).contains("Hi");
        assertThat(context.settings().get("missing", "fallback")).isEqualTo("fallback");
        assertThat(context.settings().getInt("limit", 1)).isEqualTo(7);
        assertThatThrownBy(() -> context.settings().getInt("bad", 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theUserIsFixedUntilChangedAndA401WhenSignedOut() {
        assertThat(context.pluginId()).isEqualTo("my-plugin");
        assertThat(context.currentUser()).isEqualTo(FakePluginContext.DEFAULT_USER);
        UserIdentity alice = new UserIdentity("alice", null, List.of("team-a"));
        assertThat(context.signedInAs(alice).currentUser()).isEqualTo(alice);
        assertThatThrownBy(() -> context.signedOut().currentUser())
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void targetedEventsAreRecordedWithTheirTarget() {
        context.events().publish(EventTarget.user("alice"), "job:done", Map.of("ok", true));
        context.events().publish(EventTarget.operation("op-7"), "job:done", Map.of("ok", false));
        assertThat(context.targetedEvents()).containsExactly(
                new FakePluginContext.TargetedEvent(EventTarget.user("alice"), "job:done", Map.of("ok", true)),
                new FakePluginContext.TargetedEvent(EventTarget.operation("op-7"), "job:done", Map.of("ok", false)));
        assertThat(context.publishedEvents()).isEmpty();
    }

    @Test
    void backgroundWorkRunsAtOnceAsTheSubmitterAndIsRecorded() throws Exception {
        UserIdentity alice = new UserIdentity("alice", null, List.of("team-a"));
        context.signedInAs(alice);
        var result = context.background().submit(() -> context.currentUser().name());
        assertThat(result.get()).isEqualTo("alice");
        assertThat(context.backgroundWork()).singleElement().satisfies(work -> {
            assertThat(work.user()).isEqualTo(alice);
            assertThat(work.result().isDone()).isTrue();
        });
        assertThatThrownBy(() -> context.signedOut().background().submit(() -> { }))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
