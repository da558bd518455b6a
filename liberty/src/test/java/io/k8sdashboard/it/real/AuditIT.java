package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail on a real API server with RBAC (issue 9, item 5: "the audit log has one record
 * per attempt"): alice's create, apply, scale, dry run, plugin action and delete in team-a, her
 * delete of the object already gone (404), her refused create in team-b and bob's refused action
 * each leave exactly one record in
 * {@code GET /api/v1/audit} (the action's own patch one more, under the same request id), with
 * the verb, outcome, status, dry-run flag, user, groups and plugin the attempt had, and one audit
 * log line on the logger {@code io.k8sdashboard.audit}. Only members of
 * {@code dashboard-auditors} may read it (403 problem otherwise); pages chain through
 * {@code continue}; a bad parameter is a 400 problem naming it; a Secret's value appears in no
 * record and no log line. The realcluster server keeps its records in memory (no Redis: the
 * stream is {@link AuditReplicasIT}'s).
 */
public class AuditIT {

    private static final String JSON = "application/json";
    private static final String YAML = "application/yaml";
    private static final String AUDITOR = "audrey";
    private static final String AUDITORS = "dashboard-auditors";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String CM = "audit-cm-" + SUFFIX;
    private static final String DEPLOYMENT = "audit-web-" + SUFFIX;
    private static final String DRY = "audit-dry-" + SUFFIX;
    private static final String SECRET = "audit-secret-" + SUFFIX;
    private static final String SECRET_VALUE = "audit-s3cret-" + UUID.randomUUID();

    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
    }

    @AfterAll
    static void cleanUp() {
        if (env == null) {
            return;
        }
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String ns : List.of("team-a", "team-b")) {
                admin.apps().deployments().inNamespace(ns).withLabel("audit-it", SUFFIX).delete();
                admin.configMaps().inNamespace(ns).withLabel("audit-it", SUFFIX).delete();
                admin.secrets().inNamespace(ns).withLabel("audit-it", SUFFIX).delete();
            }
        }
    }

    // ---- the attempts -------------------------------------------------------------------------

    private static String configMap(String namespace, String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace
                + "\",\"labels\":{\"audit-it\":\"" + SUFFIX + "\"}},\"data\":{\"greeting\":\"hello\"}}";
    }

    private static String deploymentYaml() {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  namespace: team-a
                  labels: {audit-it: "%s"}
                spec:
                  replicas: 1
                  selector:
                    matchLabels: {app: %s}
                  template:
                    metadata:
                      labels: {app: %s}
                    spec:
                      containers:
                      - name: main
                        image: registry.example/web:1
                """.formatted(DEPLOYMENT, SUFFIX, DEPLOYMENT, DEPLOYMENT);
    }

    private static String secret(String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"team-a\","
                + "\"labels\":{\"audit-it\":\"" + SUFFIX + "\"}},\"stringData\":{\"token\":\"" + SECRET_VALUE + "\"}}";
    }

    private static HttpResponse<String> alice(String method, String path, String type, String body) {
        return dashboard.send(method, path, type, body, "alice", "team-a");
    }

    private static HttpResponse<String> annotate(String name, String user, String group) {
        return dashboard.post("/api/v1/resources/configmaps/team-a/" + name + "/actions/annotate",
                "{\"key\":\"it.k8sdashboard.io/audited\",\"value\":\"" + user + "\"}", user, group);
    }

    /** The id the dashboard gave the request (X-Request-Id), which its audit record carries. */
    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id")
                .orElseThrow(() -> new AssertionError("no X-Request-Id on " + response.uri()));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s %s", response.uri(), response.body()).isEqualTo(status);
        return response;
    }

    /** What one attempt's record must hold. */
    private record Expected(String requestId, String user, List<String> groups, String verb, String kind, String namespace,
            String name, boolean dryRun, int status, String reason, String outcome, String plugin, String action) {

        static Expected alice(HttpResponse<String> response, String verb, String kind, String namespace, String name, boolean dryRun,
                String outcome) {
            return new Expected(AuditIT.requestId(response), "alice", List.of("team-a"), verb, kind, namespace, name, dryRun,
                    response.statusCode(), reason(response), outcome, null, null);
        }

        /** The attempt's answer and what its record must hold (the same for a mutation and an action). */
        static Expected of(HttpResponse<String> response, String user, String group, String verb, String plugin, String action) {
            return new Expected(AuditIT.requestId(response), user, List.of(group), verb, "configmaps", "team-a", CM, false,
                    response.statusCode(), reason(response), response.statusCode() < 400 ? "success" : "refused", plugin, action);
        }

        /** A failure's reason is the answered problem's type, its last segment ({@code forbidden}); none on success. */
        static String reason(HttpResponse<String> response) {
            if (response.statusCode() < 400) {
                return null;
            }
            String type = Json.parse(response.body()).path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        void assertMatches(JsonNode record) {
            String what = verb + " " + name + " (" + requestId + "): " + record;
            assertThat(record.path("requestId").asText()).as(what).isEqualTo(requestId);
            assertThat(record.path("user").asText()).as(what).isEqualTo(user);
            List<String> recordedGroups = new ArrayList<>();
            record.path("groups").forEach(g -> recordedGroups.add(g.asText()));
            assertThat(recordedGroups).as(what).isEqualTo(groups);
            assertThat(record.path("verb").asText()).as(what).isEqualTo(verb);
            assertThat(record.path("kind").asText()).as(what).isEqualTo(kind);
            assertThat(record.path("namespace").asText()).as(what).isEqualTo(namespace);
            assertThat(record.path("name").asText()).as(what).isEqualTo(name);
            assertThat(record.path("dryRun").asBoolean()).as(what).isEqualTo(dryRun);
            assertThat(record.path("status").asInt()).as(what).isEqualTo(status);
            assertThat(record.path("outcome").asText()).as(what).isEqualTo(outcome);
            assertThat(textOrNull(record, "reason")).as(what).isEqualTo(reason);
            assertThat(textOrNull(record, "plugin")).as(what).isEqualTo(plugin);
            assertThat(textOrNull(record, "action")).as(what).isEqualTo(action);
            assertThat(record.path("time").asText()).as(what).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        }
    }

    private static String textOrNull(JsonNode record, String field) {
        JsonNode value = record.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    // ---- reading the audit --------------------------------------------------------------------

    private static HttpResponse<String> audit(String query) {
        return dashboard.get("/api/v1/audit" + query, AUDITOR, AUDITORS);
    }

    /** Every record matching {@code filters} (a query string without limit and continue), page by page. */
    private static List<JsonNode> allPages(String filters, int limit) {
        List<JsonNode> records = new ArrayList<>();
        String token = null;
        for (int page = 0; page < 10_000; page++) {
            String query = "?limit=" + limit + (filters.isEmpty() ? "" : "&" + filters)
                    + (token == null ? "" : "&continue=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            JsonNode body = Json.parse(expect(audit(query), 200).body());
            assertThat(body.path("items").size()).as("page size of " + query).isLessThanOrEqualTo(limit);
            body.path("items").forEach(records::add);
            JsonNode next = body.path("continue");
            if (next.isNull() || next.isMissingNode()) {
                return records;
            }
            token = next.asText();
        }
        throw new AssertionError("the audit pages never ended");
    }

    private static List<JsonNode> named(List<JsonNode> records, Set<String> names) {
        return records.stream().filter(r -> names.contains(r.path("name").asText())).toList();
    }

    /** The sum of the audit counter's series with these tags in /metrics. */
    private static double counter(String verb, String outcome) {
        String metrics = dashboard.get("/metrics?scope=application", AUDITOR).body();
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^dashboard_audit_records_total\\{([^}]*)\\}\\s+([0-9.eE+-]+)$").matcher(metrics);
        while (line.find()) {
            if (line.group(1).contains("verb=\"" + verb + "\"") && line.group(1).contains("outcome=\"" + outcome + "\"")) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }

    private static void awaitServed(String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (dashboard.get("/api/v1/resources/configmaps/team-a/" + name, "alice", "team-a").statusCode() != 200) {
            assertThat(System.nanoTime()).as("the dashboard serves configmap team-a/" + name).isLessThan(deadline);
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the tests ----------------------------------------------------------------------------

    @Test
    void everyAttemptLeavesExactlyOneRecordWithWhoWhatAndHowItEnded() {
        double refusedActions = counter("action", "refused");
        List<Expected> expected = new ArrayList<>();

        HttpResponse<String> created = expect(alice("POST", "/api/v1/resources/configmaps", JSON, configMap("team-a", CM)), 201);
        expected.add(Expected.alice(created, "create", "configmaps", "team-a", CM, false, "success"));

        String deployment = "/api/v1/resources/deployments.apps/team-a/" + DEPLOYMENT;
        HttpResponse<String> applied = expect(alice("PUT", deployment, YAML, deploymentYaml()), 200);
        expected.add(Expected.alice(applied, "apply", "deployments.apps", "team-a", DEPLOYMENT, false, "success"));

        HttpResponse<String> scaled = expect(alice("PUT", deployment + "/scale", JSON, "{\"replicas\":2}"), 200);
        expected.add(Expected.alice(scaled, "scale", "deployments.apps", "team-a", DEPLOYMENT, false, "success"));

        HttpResponse<String> dry = expect(alice("POST", "/api/v1/resources/configmaps?dryRun=true", JSON, configMap("team-a", DRY)), 200);
        expected.add(Expected.alice(dry, "create", "configmaps", "team-a", DRY, true, "success"));

        awaitServed(CM);
        HttpResponse<String> action = expect(annotate(CM, "alice", "team-a"), 200);
        expected.add(Expected.of(action, "alice", "team-a", "action", "action-plugin", "annotate"));
        // The action changes the ConfigMap through the host's writer, the mutation service: that
        // patch is an attempt of its own, recorded under the action's request id.
        expected.add(Expected.of(action, "alice", "team-a", "patch", null, null));

        HttpResponse<String> bobs = annotate(CM, "bob", "viewers");
        Problems.assertProblem(bobs, 403);
        expected.add(Expected.of(bobs, "bob", "viewers", "action", "action-plugin", "annotate"));

        HttpResponse<String> deleted = expect(alice("DELETE", "/api/v1/resources/configmaps/team-a/" + CM, null, null), 204);
        expected.add(Expected.alice(deleted, "delete", "configmaps", "team-a", CM, false, "success"));
        HttpResponse<String> again = alice("DELETE", "/api/v1/resources/configmaps/team-a/" + CM, null, null);
        Problems.assertProblem(again, 404);
        expected.add(Expected.alice(again, "delete", "configmaps", "team-a", CM, false, "error"));

        HttpResponse<String> elsewhere = alice("POST", "/api/v1/resources/configmaps", JSON, configMap("team-b", CM));
        Problems.assertProblem(elsewhere, 403);
        expected.add(Expected.alice(elsewhere, "create", "configmaps", "team-b", CM, false, "refused"));

        assertThat(expected).extracting(Expected::reason).contains("forbidden", "resource-not-found");
        List<JsonNode> records = named(allPages("", 1000), Set.of(CM, DEPLOYMENT, DRY));
        assertThat(records).as("one record per attempt (the action's patch one more): %s", records).hasSize(expected.size());
        // Newest first: the records come in the reverse order of the attempts.
        List<JsonNode> oldestFirst = new ArrayList<>(records);
        java.util.Collections.reverse(oldestFirst);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            List<JsonNode> matching = oldestFirst.stream()
                    .filter(r -> r.path("requestId").asText().equals(e.requestId()) && r.path("verb").asText().equals(e.verb())).toList();
            assertThat(matching).as("records of " + e).hasSize(1);
            e.assertMatches(matching.get(0));
        }
        // The action's record is written when the action ends, so after the patch it caused.
        assertThat(oldestFirst.stream().map(r -> r.path("verb").asText()).toList())
                .containsExactly("create", "apply", "scale", "create", "patch", "action", "action", "delete", "delete", "create");

        // The filters select on the server.
        List<JsonNode> bobsActions = named(allPages("user=bob&verb=action&outcome=refused&namespace=team-a&kind=configmaps", 1000),
                Set.of(CM));
        assertThat(bobsActions).singleElement().satisfies(r -> assertThat(r.path("requestId").asText()).isEqualTo(requestId(bobs)));
        assertThat(allPages("user=alice&outcome=refused", 1000)).allSatisfy(r -> {
            assertThat(r.path("user").asText()).isEqualTo("alice");
            assertThat(r.path("outcome").asText()).isEqualTo("refused");
        });

        assertThat(counter("action", "refused")).as("dashboard_audit_records_total{verb=action,outcome=refused}")
                .isEqualTo(refusedActions + 1);
        assertThat(auditLogLines()).as("one line on the io.k8sdashboard.audit logger per record")
                .filteredOn(line -> line.contains("\"requestId\":\"" + requestId(scaled) + "\""))
                .singleElement().asString().contains("\"type\":\"audit\"", "\"verb\":\"scale\"", "\"name\":\"" + DEPLOYMENT + "\"");
    }

    @Test
    void onlyMembersOfTheReadersGroupMayReadIt() {
        JsonNode problem = Problems.assertProblem(dashboard.get("/api/v1/audit", "alice", "team-a"), 403);
        assertThat(problem.path("detail").asText()).contains(AUDITORS);
        // The group is checked before the parameters: a non-member learns nothing from a 400.
        Problems.assertProblem(dashboard.get("/api/v1/audit?limit=0", "bob", "viewers"), 403);
        Problems.assertProblem(dashboard.get("/api/v1/audit", "carol"), 403);
        expect(audit(""), 200);
    }

    @Test
    void pagesChainThroughTheContinueTokenNewestFirst() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "audit-page-" + i + "-" + SUFFIX;
            names.add(name);
            expect(alice("POST", "/api/v1/resources/configmaps?dryRun=true", JSON, configMap("team-a", name)), 200);
        }
        String filters = "user=alice&verb=create&namespace=team-a";
        List<JsonNode> paged = allPages(filters, 2);
        List<JsonNode> whole = allPages(filters, 1000);
        assertThat(paged).as("pages of 2 chained through continue hold what one page of 1000 holds").isEqualTo(whole);
        assertThat(paged.size()).isGreaterThanOrEqualTo(5);
        assertThat(named(paged, Set.copyOf(names)).stream().map(r -> r.path("name").asText()).toList())
                .as("newest first, each once").isEqualTo(reversed(names));

        JsonNode first = Json.parse(expect(audit("?limit=2&" + filters), 200).body());
        assertThat(first.path("items").size()).isEqualTo(2);
        assertThat(first.path("continue").asText()).matches("m[0-9]+");
    }

    @Test
    void aBadParameterIsA400ProblemNamingIt() {
        String[][] cases = {
            {"limit=0", "limit"}, {"limit=1001", "limit"}, {"limit=ten", "limit"},
            {"continue=not-a-token", "continue"}, {"continue=m", "continue"},
            {"user=%01alice", "user"}, {"user=", "user"},
            {"namespace=Team_A", "namespace"},
            {"kind=config%20maps", "kind"},
            {"verb=get", "verb"}, {"verb=", "verb"},
            {"outcome=maybe", "outcome"},
        };
        for (String[] c : cases) {
            JsonNode problem = Problems.assertProblem(audit("?" + c[0]), 400);
            assertThat(problem.path("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void openApiDocumentsTheEndpointItsParametersAndProblems() {
        JsonNode openapi = Json.parse(expect(dashboard.get("/openapi?format=JSON", AUDITOR), 200).body());
        JsonNode list = openapi.path("paths").path("/api/v1/audit").path("get");
        assertThat(list.path("operationId").asText()).isEqualTo("listAudit");
        assertThat(Json.texts(list.path("parameters"), "name"))
                .containsExactlyInAnyOrder("limit", "continue", "user", "namespace", "kind", "verb", "outcome");
        for (String status : List.of("400", "401", "403", "429", "500", "503")) {
            String ref = list.path("responses").path(status).path("$ref").asText();
            assertThat(ref).as("answer " + status).startsWith("#/components/responses/");
            JsonNode response = openapi.path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(response.path("content").has("application/problem+json")).as("answer " + status + " is a problem").isTrue();
        }
        assertThat(list.path("responses").path("200").path("content").path("application/json").isMissingNode()).isFalse();
    }

    @Test
    void aSecretsValueAppearsInNoRecordAndNoLogLine() {
        String encoded = Base64.getEncoder().encodeToString(SECRET_VALUE.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = expect(alice("POST", "/api/v1/resources/secrets", JSON, secret(SECRET)), 201);
        HttpResponse<String> applied = expect(alice("PUT", "/api/v1/resources/secrets/team-a/" + SECRET, JSON, secret(SECRET)), 200);
        HttpResponse<String> dry = expect(alice("POST", "/api/v1/resources/secrets?dryRun=true", JSON, secret(SECRET + "-dry")), 200);
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            assertThat(admin.secrets().inNamespace("team-a").withName(SECRET).get().getData()).containsEntry("token", encoded);
        }

        String answer = expect(audit("?limit=1000&kind=secrets&user=alice"), 200).body();
        List<JsonNode> records = named(List.copyOf(toList(Json.parse(answer).path("items"))), Set.of(SECRET, SECRET + "-dry"));
        assertThat(records.stream().map(r -> r.path("requestId").asText()).toList())
                .containsExactlyInAnyOrder(requestId(created), requestId(applied), requestId(dry));
        assertThat(answer).doesNotContain(SECRET_VALUE).doesNotContain(encoded);

        List<String> lines = auditLogLines();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(requestId(created)));
        assertThat(String.join("\n", lines)).doesNotContain(SECRET_VALUE).doesNotContain(encoded);
        assertThat(messagesLog()).doesNotContain(SECRET_VALUE).doesNotContain(encoded);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    // ---- the server's log ---------------------------------------------------------------------

    private static Path messagesLogFile() {
        return Path.of(System.getProperty("it.server.dir")).getParent().resolve("realcluster/logs/messages.log");
    }

    private static String messagesLog() {
        try {
            return Files.readString(messagesLogFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + messagesLogFile(), e);
        }
    }

    /** The lines Liberty wrote for the logger io.k8sdashboard.audit (it names the logger in full). */
    private static List<String> auditLogLines() {
        // Liberty writes messages.log through a buffer: give it a moment for the newest lines.
        sleep(1000);
        return messagesLog().lines().filter(l -> l.matches("^\\[[^]]+\\] [0-9a-f]+ io\\.k8sdashboard\\.audit\\s+I \\{.*"))
                .map(l -> l.substring(l.indexOf('{'))).toList();
    }
}
