package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A dashboard whose every call to the API server passes through Toxiproxy, which makes the API
 * server slow, stalled, resetting and, for 30 s, gone. Requests answer within the dashboard's
 * request timeout (the default {@code dashboard.kubernetes.request-timeout-ms}, 10 s) with either
 * data or a 503 {@code dependency-unavailable} problem naming {@code kubernetes}; after the cut
 * the read model holds what a fresh list holds (changes made during the cut included). No retry
 * storm: during the cut the dashboard attempts few calls (its breaker), and the cut plus the
 * recovery cost the API server no more requests than the same workload for as long without a cut
 * (counted by the API server itself: its priority-and-fairness dispatch counter of the flow the
 * dashboard's requests fall into; the tests' own admin requests are exempt from it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class FaultInjectionIT {

    private static final int PORT = 9085;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The timeout, plus the dashboard's own work and a loaded machine's scheduling. */
    private static final Duration ANSWER_BOUND = REQUEST_TIMEOUT.plusSeconds(2);
    private static final Duration CUT = Duration.ofSeconds(30);
    /** The default {@code dashboard.kubernetes.breaker.failure-threshold}: failed attempts before the breaker opens. */
    private static final int BREAKER_THRESHOLD = 5;
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String LABEL = "faults-it";
    private static final String KEPT = "fi-kept-" + SUFFIX;
    private static final String DELETED = "fi-deleted-" + SUFFIX;
    private static final String ADDED = "fi-added-" + SUFFIX;

    private static TestEnv env;
    private static Toxiproxy toxiproxy;
    private static ExtraServer server;
    private static RealDashboard dashboard;
    /** API server requests of the dashboard's flow during the faulty dashboard's start-up. */
    private static long startupRequests;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        toxiproxy = new Toxiproxy(env.get("TOXIPROXY_URL"));
        toxiproxy.reset();
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String name : List.of(KEPT, DELETED)) {
                admin.configMaps().inNamespace("team-a").resource(configMap(name, "before")).create();
            }
        }
        Map<String, String> settings = new LinkedHashMap<>(env.dashboardSettings());
        settings.put("DASHBOARD_KUBERNETES_API_URL", env.get("TOXIPROXY_KUBE_API_URL"));
        long before = apiServerRequests();
        server = ExtraServer.start("faults", PORT, List.of("resource-viewer.jar"), settings);
        dashboard = RealDashboard.on(server);
        awaitRecovered();
        startupRequests = apiServerRequests() - before;
    }

    @AfterAll
    static void down() {
        if (toxiproxy != null) {
            toxiproxy.reset();
        }
        if (server != null) {
            server.close();
        }
        if (env != null) {
            try (KubernetesClient admin = env.clientAs("ADMIN")) {
                admin.configMaps().inNamespace("team-a").withLabel(LABEL, SUFFIX).delete();
            }
        }
    }

    @BeforeEach
    void healthy() {
        awaitRecovered();
    }

    @AfterEach
    void clearFaults() {
        toxiproxy.reset();
    }

    private static io.fabric8.kubernetes.api.model.ConfigMap configMap(String name, String value) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace("team-a").addToLabels(LABEL, SUFFIX).endMetadata()
                .addToData("value", value).build();
    }

    /** A server-side dry-run create: always a call to the API server (never served from memory), and never retried. */
    private static Timed dryRunCreate() {
        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"fi-dry-" + SUFFIX
                + "\",\"namespace\":\"team-a\"},\"data\":{\"value\":\"dry\"}}";
        return Timed.of("POST dry run", () -> dashboard.send("POST", "/api/v1/resources/configmaps?dryRun=true", "application/json",
                body, "alice", "team-a"));
    }

    private static Timed get(String path) {
        return Timed.of("GET " + path, () -> dashboard.get(path, "alice", "team-a"));
    }

    /** Waits until the dashboard reaches the API server again (its breaker closed). */
    private static void awaitRecovered() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Timed last = null;
        while (System.nanoTime() < deadline) {
            last = dryRunCreate();
            if (last.response().statusCode() / 100 == 2) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("the dashboard did not reach the API server again within 60 s; last answer: " + last);
    }

    /** An answer that is data, or a problem saying the API server is unavailable: nothing else. */
    private static void assertDataOrUnavailable(Timed timed) {
        assertThat(timed.elapsed()).as("time to answer %s", timed).isLessThan(ANSWER_BOUND);
        // readiness answers DOWN as health JSON, not as a problem
        if (timed.response().statusCode() / 100 != 2 && !timed.label().contains("/health/")) {
            assertUnavailable(timed);
        }
    }

    private static JsonNode assertUnavailable(Timed timed) {
        JsonNode problem = Problems.assertProblem(timed.response(), 503);
        assertThat(problem.path("type").asText()).endsWith("dependency-unavailable");
        assertThat(problem.path("dependency").asText()).as("the problem names the dependency that is down").isEqualTo("kubernetes");
        return problem;
    }

    @Test
    @Order(1)
    void aSlowApiServerIsWaitedFor() {
        toxiproxy.toxic("slow", "latency", "{\"latency\":1500,\"jitter\":0}");
        Timed created = dryRunCreate();
        assertThat(created.response().statusCode()).as("%s", created).isBetween(200, 201);
        assertThat(created.elapsed()).as("the answer went through the slow proxy").isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(created.elapsed()).isLessThan(ANSWER_BOUND);
    }

    @Test
    @Order(2)
    void aStalledApiServerIsA503WhenTheRequestTimesOut() {
        // The timeout toxic with timeout 0 passes no byte and never closes: only the dashboard's own timeout ends the wait.
        toxiproxy.toxic("stall", "timeout", "{\"timeout\":0}");
        Timed created = dryRunCreate();
        assertUnavailable(created);
        assertThat(created.elapsed()).as("ended by the request timeout, not before: %s", created)
                .isGreaterThanOrEqualTo(REQUEST_TIMEOUT.minusSeconds(1)).isLessThan(ANSWER_BOUND);
    }

    @Test
    @Order(3)
    void resetConnectionsAreA503AtOnce() {
        toxiproxy.toxic("reset", "reset_peer", "{\"timeout\":0}");
        for (int i = 0; i < 3; i++) {
            Timed created = dryRunCreate();
            assertUnavailable(created);
            assertThat(created.elapsed()).as("a reset is not waited out: %s", created).isLessThan(REQUEST_TIMEOUT);
        }
    }

    @Test
    @Order(4)
    void aThirtySecondCutAnswersFastAndTheReadModelCatchesUpWithoutARetryStorm() {
        // The reference: the same workload for as long, the API server reachable.
        long referenceStart = apiServerRequests();
        List<Timed> normal = workload(false);
        long reference = apiServerRequests() - referenceStart;
        assertThat(normal).allSatisfy(a -> assertThat(a.response().statusCode()).as("%s", a).isBetween(200, 201));

        long before = apiServerRequests();
        long attemptsBefore = dashboardAttempts();
        toxiproxy.enabled(false);
        List<Timed> answers = workload(true);
        long attemptsDuringCut = dashboardAttempts() - attemptsBefore;
        toxiproxy.enabled(true);

        answers.forEach(FaultInjectionIT::assertDataOrUnavailable);
        List<Timed> creates = answers.stream().filter(a -> a.label().startsWith("POST")).toList();
        assertThat(creates).as("no write reaches a cut API server").allSatisfy(FaultInjectionIT::assertUnavailable);
        assertThat(creates.stream().filter(a -> a.response().headers().firstValue("Retry-After").isPresent()))
                .as("once the breaker is open the answers say when to retry").isNotEmpty();
        List<Timed> health = answers.stream().filter(a -> a.label().contains("/health/ready")).toList();
        assertThat(health).as("readiness says the API server is down and the breaker is open").anySatisfy(h -> {
            assertThat(h.response().statusCode()).isEqualTo(503);
            assertThat(h.response().body().replace(" ", "")).contains("\"breaker\":\"open\"");
        });
        System.out.printf("FaultInjectionIT: %d answers during a %d s cut; slowest %d ms; median %d ms; "
                + "the dashboard attempted %d calls to the API server meanwhile%n", answers.size(), CUT.toSeconds(),
                answers.stream().mapToLong(a -> a.elapsed().toMillis()).max().orElse(0),
                answers.stream().mapToLong(a -> a.elapsed().toMillis()).sorted().skip(answers.size() / 2).findFirst().orElse(0),
                attemptsDuringCut);
        // The breaker lets through the failures that open it, then one trial per open period; the
        // rest are the watches' own reconnects (fabric8's backoff). Without it, every create and
        // every access check of the workload would be an attempt (and each idempotent one up to 3).
        assertThat(attemptsDuringCut).as("calls the dashboard attempted during the cut, for %d requests that needed the API server",
                creates.size()).isGreaterThanOrEqualTo(BREAKER_THRESHOLD).isLessThan(creates.size() / 2);

        awaitReadModelEqualsAFreshList();
        awaitRecovered();
        assertThat(dashboard.get("/health/ready", "alice").body().replace(" ", "")).contains("\"breaker\":\"closed\"");
        long afterCut = apiServerRequests() - before;
        System.out.printf("FaultInjectionIT: API server requests of the dashboard's flow: %d s of normal use %d, "
                + "the %d s cut and the recovery %d (start-up %d)%n", CUT.toSeconds(), reference, CUT.toSeconds(), afterCut, startupRequests);
        assertThat(afterCut).as("requests the API server got for the cut and the recovery, against %d for the same time of normal use",
                reference).isLessThanOrEqualTo(reference);
    }

    /** For {@link #CUT}: a dry-run create, a list, a get, the cluster info and readiness, every 300 ms. */
    private static List<Timed> workload(boolean changeOnce) {
        long ends = System.nanoTime() + CUT.toNanos();
        List<Timed> answers = new ArrayList<>();
        boolean changed = !changeOnce;
        while (System.nanoTime() < ends) {
            answers.add(dryRunCreate());
            answers.add(get("/api/v1/resources/configmaps?namespace=team-a&labelSelector=" + LABEL + "%3D" + SUFFIX));
            answers.add(get("/api/v1/resources/configmaps/team-a/" + KEPT));
            answers.add(get("/api/v1/cluster"));
            answers.add(Timed.of("GET /health/ready", () -> dashboard.get("/health/ready", "alice")));
            if (!changed) {
                changeDuringTheCut();
                changed = true;
            }
            sleep(Duration.ofMillis(300));
        }
        return answers;
    }

    /** What the read model must learn after the cut: one object added, one changed, one deleted. */
    private static void changeDuringTheCut() {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            admin.configMaps().inNamespace("team-a").resource(configMap(ADDED, "during")).create();
            admin.configMaps().inNamespace("team-a").resource(configMap(KEPT, "during")).update();
            admin.configMaps().inNamespace("team-a").withName(DELETED).delete();
        }
    }

    private static void awaitReadModelEqualsAFreshList() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Set<String> fresh = new TreeSet<>();
            String keptVersion;
            try (KubernetesClient alice = env.clientImpersonating("alice", "team-a")) {
                alice.configMaps().inNamespace("team-a").withLabel(LABEL, SUFFIX).list().getItems()
                        .forEach(cm -> fresh.add(cm.getMetadata().getName()));
                keptVersion = alice.configMaps().inNamespace("team-a").withName(KEPT).get().getMetadata().getResourceVersion();
            }
            HttpResponse<String> list = dashboard.get("/api/v1/resources/configmaps?namespace=team-a&labelSelector=" + LABEL + "%3D" + SUFFIX,
                    "alice", "team-a");
            HttpResponse<String> kept = dashboard.get("/api/v1/resources/configmaps/team-a/" + KEPT, "alice", "team-a");
            if (list.statusCode() == 200 && kept.statusCode() == 200) {
                Set<String> shown = new TreeSet<>();
                Json.parse(list.body()).path("rows").forEach(row -> shown.add(row.path("name").asText()));
                JsonNode object = Json.parse(kept.body());
                if (shown.equals(fresh) && keptVersion.equals(object.path("metadata").path("resourceVersion").asText())) {
                    assertThat(shown).containsExactlyInAnyOrder(KEPT, ADDED);
                    assertThat(object.path("data").path("value").asText()).isEqualTo("during");
                    return;
                }
                last = "dashboard " + shown + " at " + object.path("metadata").path("resourceVersion").asText()
                        + ", fresh list " + fresh + " at " + keptVersion;
            } else {
                last = "HTTP " + list.statusCode() + " / " + kept.statusCode() + ": " + list.body();
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("the read model did not catch up with a fresh list within 90 s after the cut: " + last);
    }

    /**
     * Requests the API server dispatched in the {@code global-default} priority-and-fairness flow:
     * the dashboards' own identity and the users they impersonate (the tests' admin, kwok and the
     * controllers fall into other flows).
     */
    private static long apiServerRequests() {
        String metrics;
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            metrics = admin.raw("/metrics");
        }
        long total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("apiserver_flowcontrol_dispatched_requests_total{") && line.contains("flow_schema=\"global-default\"")) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** Calls the dashboard attempted to the API server, answered or not ({@code k8s_api_requests_total}, its /metrics). */
    private static long dashboardAttempts() {
        double total = 0;
        for (String line : dashboard.get("/metrics", "alice").body().split("\n")) {
            if (line.startsWith("k8s_api_requests_total{")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) total;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request to the dashboard and how long its answer took. */
    private record Timed(String label, HttpResponse<String> response, Duration elapsed) {

        static Timed of(String label, java.util.function.Supplier<HttpResponse<String>> request) {
            long start = System.nanoTime();
            HttpResponse<String> response = request.get();
            return new Timed(label, response, Duration.ofNanos(System.nanoTime() - start));
        }

        @Override
        public String toString() {
            return label + " -> " + response.statusCode() + " in " + elapsed.toMillis() + " ms: " + response.body();
        }
    }
}
