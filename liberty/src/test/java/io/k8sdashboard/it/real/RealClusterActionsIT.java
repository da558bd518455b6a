package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plugin actions and the batch access check on a real API server with RBAC (issue 9): the
 * action-plugin fixture's {@code annotate} action (needs {@code patch} on the ConfigMap) runs for
 * alice in team-a and changes the ConfigMap; in team-b, for bob (a viewer), and for frank on the
 * neighbour of the one ConfigMap he may patch ({@code resourceNames}), the host refuses it with
 * its own 403 before the action runs, and nothing changes; {@code dryRun=true} changes nothing;
 * {@code POST /api/v1/access-reviews} answers what SelfSubjectAccessReviews made by the admin
 * impersonating the user ({@code kubectl auth can-i --as}) answer. The ConfigMaps, Role and
 * RoleBinding are created here (before these users' first request: decisions are cached 30 s)
 * and deleted afterwards.
 */
public class RealClusterActionsIT {

    private static final String FRANK = "frank";
    private static final String TARGET = "it-actions-target";
    private static final String NAMED = "it-actions-franks";
    private static final String NEIGHBOUR = "it-actions-neighbour";
    private static final String ONE_CONFIGMAP = "it-actions-one-configmap";
    private static final String KEY = "it.k8sdashboard.io/annotated-by";
    /** What the host says when it refuses an action itself (the API server's 403 says otherwise). */
    private static final String HOST_REFUSAL = "which action 'annotate' needs";

    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String ns : List.of("team-a", "team-b")) {
                apply(admin, configMap(ns, TARGET));
            }
            apply(admin, configMap("team-a", NAMED));
            apply(admin, configMap("team-a", NEIGHBOUR));
            apply(admin, new RoleBuilder().withNewMetadata().withName(ONE_CONFIGMAP).withNamespace("team-a").endMetadata()
                    .addNewRule().withApiGroups("").withResources("configmaps").withResourceNames(NAMED)
                    .withVerbs("get", "patch").endRule()
                    .build());
            apply(admin, new RoleBindingBuilder().withNewMetadata().withName(ONE_CONFIGMAP).withNamespace("team-a").endMetadata()
                    .withNewRoleRef("rbac.authorization.k8s.io", "Role", ONE_CONFIGMAP)
                    .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName(FRANK).endSubject()
                    .build());
        }
        // The host checks that the object exists as the user sees it (from the read model): wait
        // until the dashboard serves the new ConfigMaps, so no test races the watch.
        for (String[] object : List.of(new String[] {"team-a", TARGET}, new String[] {"team-b", TARGET},
                new String[] {"team-a", NAMED}, new String[] {"team-a", NEIGHBOUR})) {
            awaitServed(object[0], object[1]);
        }
    }

    private static void awaitServed(String ns, String name) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        int status;
        do {
            status = dashboard.get("/api/v1/resources/configmaps/" + ns + "/" + name, "bob", "viewers").statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the dashboard never served configmap " + ns + "/" + name + " (last status " + status + ")");
    }

    @AfterAll
    static void down() {
        if (env == null) {
            return;
        }
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            admin.rbac().roleBindings().inNamespace("team-a").withName(ONE_CONFIGMAP).delete();
            admin.rbac().roles().inNamespace("team-a").withName(ONE_CONFIGMAP).delete();
            for (String ns : List.of("team-a", "team-b")) {
                admin.configMaps().inNamespace(ns).withName(TARGET).delete();
            }
            admin.configMaps().inNamespace("team-a").withName(NAMED).delete();
            admin.configMaps().inNamespace("team-a").withName(NEIGHBOUR).delete();
        }
    }

    private static void apply(KubernetesClient admin, HasMetadata object) {
        admin.resource(object).serverSideApply();
    }

    private static io.fabric8.kubernetes.api.model.ConfigMap configMap(String ns, String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(ns).endMetadata()
                .addToData("key", "value").build();
    }

    /** The annotation as the API server holds it, read by the admin; null when absent. */
    private static String annotation(String ns, String name, String key) {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            Map<String, String> annotations = admin.configMaps().inNamespace(ns).withName(name).get().getMetadata().getAnnotations();
            return annotations == null ? null : annotations.get(key);
        }
    }

    private static HttpResponse<String> annotate(String ns, String name, String value, String query, String user, String... groups) {
        return dashboard.post("/api/v1/resources/configmaps/" + ns + "/" + name + "/actions/annotate" + query,
                "{\"key\":\"" + KEY + "\",\"value\":\"" + value + "\"}", user, groups);
    }

    @Test
    void theFixturesActionIsListedWithItsAccessAndSchema() {
        JsonNode kinds = Json.parse(dashboard.get("/api/v1/resources", "alice", "team-a").body());
        JsonNode configmaps = null;
        for (JsonNode kind : kinds) {
            if (kind.path("resourceName").asText().equals("configmaps")) {
                configmaps = kind;
            }
        }
        assertThat(configmaps).isNotNull();
        JsonNode action = configmaps.path("actions").get(0);
        assertThat(action.path("id").asText()).isEqualTo("annotate");
        assertThat(action.path("plugin").asText()).isEqualTo("action-plugin");
        assertThat(action.path("access").path("verb").asText()).isEqualTo("patch");
        assertThat(action.path("parameters").path("required").toString()).isEqualTo("[\"key\",\"value\"]");
    }

    @Test
    void aliceAnnotatesAConfigMapInTeamAAndTheApiServerHoldsTheChange() {
        HttpResponse<String> response = annotate("team-a", TARGET, "alice", "", "alice", "team-a");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode outcome = Json.parse(response.body());
        assertThat(outcome.path("dryRun").asBoolean()).isFalse();
        assertThat(outcome.path("message").asText()).contains("Annotated");
        assertThat(annotation("team-a", TARGET, KEY)).isEqualTo("alice");
    }

    @Test
    void aliceIsRefusedInTeamBBeforeTheActionRunsAndNothingChanges() {
        JsonNode problem = Problems.assertProblem(annotate("team-b", TARGET, "alice", "", "alice", "team-a"), 403);

        assertThat(problem.path("detail").asText()).contains(HOST_REFUSAL);
        assertThat(annotation("team-b", TARGET, KEY)).isNull();
    }

    @Test
    void bobTheViewerIsRefusedBeforeTheActionRuns() {
        JsonNode problem = Problems.assertProblem(annotate("team-a", NEIGHBOUR, "bob", "", "bob", "viewers"), 403);

        assertThat(problem.path("detail").asText()).contains(HOST_REFUSAL);
        assertThat(annotation("team-a", NEIGHBOUR, KEY)).isNull();
    }

    @Test
    void frankRunsItOnTheOneConfigMapHeMayPatchAndIsRefusedOnItsNeighbour() {
        HttpResponse<String> allowed = annotate("team-a", NAMED, "frank", "", FRANK);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(annotation("team-a", NAMED, KEY)).isEqualTo("frank");

        JsonNode problem = Problems.assertProblem(annotate("team-a", NEIGHBOUR, "frank", "", FRANK), 403);
        assertThat(problem.path("detail").asText()).contains(HOST_REFUSAL);
        assertThat(annotation("team-a", NEIGHBOUR, KEY)).isNull();
    }

    @Test
    void aDryRunChangesNothing() {
        HttpResponse<String> response = annotate("team-a", NEIGHBOUR, "dry", "?dryRun=true", "alice", "team-a");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.parse(response.body()).path("dryRun").asBoolean()).isTrue();
        assertThat(annotation("team-a", NEIGHBOUR, KEY)).isNull();
    }

    @Test
    void badInputAndUnknownActionsAreProblems() {
        JsonNode missing = Problems.assertProblem(dashboard.post("/api/v1/resources/configmaps/team-a/" + TARGET + "/actions/annotate",
                "{\"value\":\"v\"}", "alice", "team-a"), 400);
        assertThat(missing.path("field").asText()).isEqualTo("key");
        Problems.assertProblem(dashboard.post("/api/v1/resources/configmaps/team-a/" + TARGET + "/actions/explode",
                "{}", "alice", "team-a"), 404);
        Problems.assertProblem(dashboard.post("/api/v1/resources/configmaps/team-a/it-actions-absent/actions/annotate",
                "{\"key\":\"k\",\"value\":\"v\"}", "alice", "team-a"), 404);
    }

    /** A question of the batch, and the same asked by the admin impersonating the user. */
    private record Question(String verb, String kind, String group, String resource, String subresource, String namespace,
            String name) {
        String json() {
            return "{\"verb\":\"" + verb + "\",\"kind\":\"" + kind + "\""
                    + (subresource == null ? "" : ",\"subresource\":\"" + subresource + "\"")
                    + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"")
                    + (name == null ? "" : ",\"name\":\"" + name + "\"") + "}";
        }
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("patch", "configmaps", "", "configmaps", null, "team-a", null),
            new Question("patch", "cm", "", "configmaps", null, "team-b", null),
            new Question("patch", "configmaps", "", "configmaps", null, "team-a", NAMED),
            new Question("patch", "configmaps", "", "configmaps", null, "team-a", NEIGHBOUR),
            new Question("get", "configmaps", "", "configmaps", null, "team-a", NAMED),
            new Question("list", "pods", "", "pods", null, null, null),
            new Question("list", "pods", "", "pods", null, "team-a", null),
            new Question("delete", "deployments.apps", "apps", "deployments", null, "team-a", "web"),
            new Question("update", "deployments", "apps", "deployments", "scale", "team-a", null),
            new Question("update", "deployments", "apps", "deployments", "scale", "team-b", null),
            new Question("get", "secrets", "", "secrets", null, "team-a", null),
            new Question("list", "nodes", "", "nodes", null, null, null),
            new Question("create", "namespaces", "", "namespaces", null, null, null));

    @Test
    void accessReviewsAnswerABatchAsKubectlAuthCanIAsTheUserWould() {
        String body = "{\"reviews\":[" + String.join(",", QUESTIONS.stream().map(Question::json).toList()) + "]}";
        for (String[] subject : List.of(new String[] {"alice", "team-a"}, new String[] {"bob", "viewers"}, new String[] {FRANK})) {
            String user = subject[0];
            String[] groups = java.util.Arrays.copyOfRange(subject, 1, subject.length);
            HttpResponse<String> response = dashboard.post("/api/v1/access-reviews", body, user, groups);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<Boolean> answered = new ArrayList<>();
            Json.parse(response.body()).path("reviews").forEach(r -> answered.add(r.path("allowed").asBoolean()));

            List<Boolean> expected = new ArrayList<>();
            try (KubernetesClient asUser = env.clientImpersonating(user, groups)) {
                for (Question q : QUESTIONS) {
                    SelfSubjectAccessReview review = asUser.authorization().v1().selfSubjectAccessReview().create(
                            new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
                                    .withVerb(q.verb()).withGroup(q.group()).withResource(q.resource())
                                    .withSubresource(q.subresource()).withNamespace(q.namespace()).withName(q.name())
                                    .endResourceAttributes().endSpec().build());
                    expected.add(Boolean.TRUE.equals(review.getStatus().getAllowed()));
                }
            }
            assertThat(answered).as("answers for " + user).isEqualTo(expected);
            assertThat(expected).as("the batch tells " + user + "'s rights apart").contains(true, false);
        }
    }

    @Test
    void aBatchOfMoreThanOneHundredIsA400NamingReviews() {
        String one = QUESTIONS.get(0).json();
        String body = "{\"reviews\":[" + String.join(",", java.util.Collections.nCopies(101, one)) + "]}";
        JsonNode problem = Problems.assertProblem(dashboard.post("/api/v1/access-reviews", body, "alice", "team-a"), 400);
        assertThat(problem.path("field").asText()).isEqualTo("reviews");
        JsonNode unknown = Problems.assertProblem(dashboard.post("/api/v1/access-reviews",
                "{\"reviews\":[" + one + ",{\"verb\":\"get\",\"kind\":\"gizmos\"}]}", "alice", "team-a"), 400);
        assertThat(unknown.path("field").asText()).isEqualTo("reviews[1].kind");
    }
}
