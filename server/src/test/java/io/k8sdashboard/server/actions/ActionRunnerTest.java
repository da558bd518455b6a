package io.k8sdashboard.server.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.ActionParameters;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.RequiredAccess;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.plugin.api.testing.FakePluginContext;
import io.k8sdashboard.server.access.FakeReviewer;
import io.k8sdashboard.server.identity.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActionRunnerTest {

    private final ActionFixtures.Recording annotate = ActionFixtures.Recording.annotate();
    private final ActionFixtures.Recording scale = new ActionFixtures.Recording("scale", ActionFixtures.DEPLOYMENTS,
            new RequiredAccess("update", "apps", "deployments", "scale"), ActionParameters.NONE);
    private final ActionFixtures.Recording cordon = new ActionFixtures.Recording("cordon", ActionFixtures.NODES,
            RequiredAccess.of("patch", ActionFixtures.NODES), ActionParameters.NONE);
    private final FakeReviewer reviewer = new FakeReviewer();
    private final FakePluginContext context = new FakePluginContext("action-plugin")
            .add("configmaps", Map.of("metadata", Map.of("name", "settings", "namespace", "team-a")),
                    Map.of("metadata", Map.of("name", "other", "namespace", "team-a")))
            .add("deployments.apps", Map.of("metadata", Map.of("name", "web", "namespace", "team-a")))
            .add("nodes", Map.of("metadata", Map.of("name", "node-1")));
    private ActionRunner runner;

    @BeforeEach
    void setUp() {
        List<ResourceAction> actions = List.of(annotate, scale, cordon);
        ActionCatalogue catalogue = new ActionCatalogue(() -> actions, a -> Optional.of("action-plugin"));
        runner = new ActionRunner(ActionFixtures.registry(), catalogue, reviewer, context.reader(), id -> context);
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
    }

    @AfterEach
    void tearDown() {
        CurrentUser.clear();
    }

    private static final String BODY = "{\"key\":\"example.com-x\",\"value\":\"v\"}";

    @Test
    void runsTheActionWhenTheUserHoldsItsAccessOnTheObject() {
        reviewer.allow("patch", "", "configmaps", "team-a");

        ActionOutcome outcome = runner.run("cm", "team-a", "settings", "annotate", null, BODY);

        assertThat(outcome.message()).isEqualTo("ran annotate as action-plugin");
        assertThat(outcome.kind()).isEqualTo("configmaps");
        assertThat(outcome.plugin()).isEqualTo("action-plugin");
        assertThat(annotate.calls).hasSize(1);
        assertThat(annotate.calls.get(0).parameters()).isEqualTo(Map.of("key", "example.com-x", "value", "v"));
        assertThat(annotate.calls.get(0).dryRun()).isFalse();
        assertThat(annotate.calls.get(0).namespace()).isEqualTo("team-a");
    }

    @Test
    void aRefusedCheckIsA403AndTheActionNeverRuns() {
        reviewer.allow("get", "", "configmaps", "team-a");

        assertThatThrownBy(() -> runner.run("configmaps", "team-a", "settings", "annotate", null, BODY))
                .isInstanceOfSatisfying(DashboardException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("alice", "patch", "settings", "team-a");
                });
        assertThat(annotate.calls).isEmpty();
        assertThat(reviewer.asked).contains("patch /configmaps team-a settings");
    }

    @Test
    void theCheckIsAskedWithTheObjectsNameSoANamedRightRunsOnThatObjectOnly() {
        reviewer.allowNamed("patch", "", "configmaps", "team-a", "settings");

        runner.run("configmaps", "team-a", "settings", "annotate", null, BODY);
        assertThatThrownBy(() -> runner.run("configmaps", "team-a", "other", "annotate", null, BODY))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));

        assertThat(annotate.calls).extracting(r -> r.name()).containsExactly("settings");
    }

    @Test
    void aSubresourceRightIsAskedAsKubectlWritesIt() {
        reviewer.allow("update", "apps", "deployments/scale", "team-a");

        runner.run("deployments", "team-a", "web", "scale", null, "");

        assertThat(scale.calls).hasSize(1);
        assertThat(reviewer.asked).contains("update apps/deployments/scale team-a web");
    }

    @Test
    void aClusterScopedKindTakesUnderscoreAsNamespace() {
        reviewer.allow("patch", "", "nodes", "");

        runner.run("nodes", "_", "node-1", "cordon", null, "{}");

        assertThat(cordon.calls).singleElement().satisfies(r -> assertThat(r.namespace()).isNull());
        assertThatThrownBy(() -> runner.run("nodes", "team-a", "node-1", "cordon", null, "{}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("namespace"));
        assertThatThrownBy(() -> runner.run("configmaps", "_", "settings", "annotate", null, BODY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("namespace"));
    }

    @Test
    void dryRunReachesTheAction() {
        reviewer.allow("patch", "", "configmaps", "team-a");

        ActionOutcome outcome = runner.run("configmaps", "team-a", "settings", "annotate", "true", BODY);

        assertThat(outcome.dryRun()).isTrue();
        assertThat(annotate.calls).singleElement().satisfies(r -> assertThat(r.dryRun()).isTrue());
        assertThatThrownBy(() -> runner.run("configmaps", "team-a", "settings", "annotate", "yes", BODY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dryRun"));
    }

    @Test
    void anUnknownActionOrKindIsA404() {
        reviewer.allow("patch", "", "configmaps", "team-a");

        assertThatThrownBy(() -> runner.run("configmaps", "team-a", "settings", "explode", null, ""))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.problemType()).isEqualTo("unknown-action"));
        assertThatThrownBy(() -> runner.run("gizmos", "team-a", "settings", "annotate", null, ""))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.problemType()).isEqualTo("unknown-kind"));
        assertThat(annotate.calls).isEmpty();
    }

    @Test
    void aMissingObjectIsA404AfterTheAccessCheck() {
        reviewer.allow("patch", "", "configmaps", "team-a");

        assertThatThrownBy(() -> runner.run("configmaps", "team-a", "absent", "annotate", null, BODY))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.problemType()).isEqualTo("resource-not-found"));
        assertThat(annotate.calls).isEmpty();
    }

    @Test
    void badInputIsA400NamingTheFieldBeforeAnythingIsAsked() {
        record Case(String kind, String ns, String name, String id, String body, String field) {
        }
        List<Case> cases = List.of(
                new Case("config maps", "team-a", "settings", "annotate", BODY, "kind"),
                new Case("configmaps", "Team-A", "settings", "annotate", BODY, "namespace"),
                new Case("configmaps", "team-a", "Settings", "annotate", BODY, "name"),
                new Case("configmaps", "team-a", "settings", "Annotate!", BODY, "id"),
                new Case("configmaps", "team-a", "settings", "annotate", "[1]", "body"),
                new Case("configmaps", "team-a", "settings", "annotate", "{", "body"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"value\":\"v\"}", "key"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"UPPER\",\"value\":\"v\"}", "key"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":3}", "value"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":null}", "value"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":\"v\",\"times\":4}", "times"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":\"v\",\"times\":1.5}", "times"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":\"v\",\"loud\":\"yes\"}", "loud"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":\"v\",\"mode\":\"slow\"}", "mode"),
                new Case("configmaps", "team-a", "settings", "annotate", "{\"key\":\"k\",\"value\":\"v\",\"extra\":1}", "extra"));
        for (Case c : cases) {
            assertThatThrownBy(() -> runner.run(c.kind(), c.ns(), c.name(), c.id(), null, c.body()))
                    .as(c.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(c.field()));
        }
        assertThat(annotate.calls).isEmpty();
        assertThat(reviewer.asked).as("nothing is asked for bad input").isEmpty();
    }

    @Test
    void validParametersReachTheActionAsPlainValues() {
        reviewer.allow("patch", "", "configmaps", "team-a");

        runner.run("configmaps", "team-a", "settings", "annotate", "false",
                "{\"key\":\"k\",\"value\":\"v\",\"times\":3,\"loud\":true,\"mode\":\"safe\"}");

        assertThat(annotate.calls.get(0).parameters())
                .isEqualTo(Map.of("key", "k", "value", "v", "times", 3L, "loud", true, "mode", "safe"));
    }

    @Test
    void aProblemTheActionRaisesReachesTheClientUnchanged() {
        reviewer.allow("patch", "", "configmaps", "team-a");
        ActionFixtures.Recording picky = new ActionFixtures.Recording("picky", ActionFixtures.CONFIGMAPS,
                RequiredAccess.of("patch", ActionFixtures.CONFIGMAPS), ActionParameters.NONE) {
            @Override
            public io.k8sdashboard.plugin.api.ActionResult execute(io.k8sdashboard.plugin.api.ActionRequest request,
                    io.k8sdashboard.plugin.api.PluginContext context) {
                throw new InvalidInputException("spec.data", "the action refuses this object");
            }
        };
        ActionRunner withPicky = new ActionRunner(ActionFixtures.registry(),
                new ActionCatalogue(() -> List.of(picky), a -> Optional.of("action-plugin")), reviewer, context.reader(), id -> context);

        assertThatThrownBy(() -> withPicky.run("configmaps", "team-a", "settings", "picky", null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("spec.data"));
    }

    @Test
    void aSignedOutRequestIsRefusedBeforeTheActionRuns() {
        CurrentUser.clear();
        assertThatThrownBy(() -> runner.run("configmaps", "team-a", "settings", "annotate", null, BODY))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(annotate.calls).isEmpty();
    }
}
