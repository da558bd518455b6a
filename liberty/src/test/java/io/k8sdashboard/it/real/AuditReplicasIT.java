package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import io.k8sdashboard.server.redis.RedisServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of two replicas sharing one Redis (fixed ports 9082/9083, both on the real
 * test cluster): a record written on replica A is read from replica B through the Redis stream
 * {@code k8sdashboard:audit}, pages of the stream chain through {@code r}-tokens on either
 * replica; with Redis killed, a first page comes from the replica's own memory (A's records are
 * no longer visible on B), a stream page's continuation is a 503 problem, and changes still
 * succeed and are recorded in memory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class AuditReplicasIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String FILTER = "user=alice&verb=create&namespace=team-a";

    private static RedisServerProcess redis;
    private static ReplicaPair replicas;
    private static final List<String> WRITTEN_ON_A = new ArrayList<>();
    private static String writtenOnB;

    @BeforeAll
    static void up() throws Exception {
        TestEnv env = TestEnv.require();
        redis = RedisServerProcess.start();
        replicas = ReplicaPair.start(env.dashboardSettings(), env.dashboardSettings(), redis.url());
    }

    @AfterAll
    static void down() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    /** A dry-run create of a ConfigMap as alice (nothing stays in the cluster); answers its request id. */
    private static String dryRunCreate(URI replica, String name) throws Exception {
        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name
                + "\",\"namespace\":\"team-a\"},\"data\":{\"k\":\"v\"}}";
        HttpResponse<String> response = send(replica, "POST", "/api/v1/resources/configmaps?dryRun=true", body, "alice", "team-a");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }

    private static HttpResponse<String> audit(URI replica, String query) throws Exception {
        return send(replica, "GET", "/api/v1/audit" + query, null, "audrey", "dashboard-auditors");
    }

    /** The request ids of the records of this test (names ending in its suffix), paging with {@code limit}. */
    private static List<String> requestIds(URI replica, int limit, String tokenPrefix) throws Exception {
        List<String> ids = new ArrayList<>();
        String token = null;
        for (int page = 0; page < 1000; page++) {
            HttpResponse<String> response = audit(replica, "?limit=" + limit + "&" + FILTER
                    + (token == null ? "" : "&continue=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = Json.parse(response.body());
            body.path("items").forEach(r -> {
                if (r.path("name").asText().endsWith(SUFFIX)) {
                    ids.add(r.path("requestId").asText());
                }
            });
            JsonNode next = body.path("continue");
            if (next.isNull() || next.isMissingNode()) {
                return ids;
            }
            token = next.asText();
            assertThat(token).startsWith(tokenPrefix);
        }
        throw new AssertionError("the audit pages never ended");
    }

    @Test
    @Order(1)
    void aRecordWrittenOnAIsReadOnBThroughTheRedisStream() throws Exception {
        WRITTEN_ON_A.add(dryRunCreate(replicas.a(), "audit-a1-" + SUFFIX));
        WRITTEN_ON_A.add(dryRunCreate(replicas.a(), "audit-a2-" + SUFFIX));
        writtenOnB = dryRunCreate(replicas.b(), "audit-b1-" + SUFFIX);
        List<String> newestFirst = List.of(writtenOnB, WRITTEN_ON_A.get(1), WRITTEN_ON_A.get(0));

        assertThat(requestIds(replicas.b(), 1000, "r")).as("B reads A's records").isEqualTo(newestFirst);
        assertThat(requestIds(replicas.a(), 1000, "r")).as("A reads B's record").isEqualTo(newestFirst);
        assertThat(requestIds(replicas.b(), 1, "r")).as("pages of one, chained through the stream's tokens").isEqualTo(newestFirst);

        Process xlen = new ProcessBuilder("redis-cli", "-p", String.valueOf(redis.port()), "XLEN", "k8sdashboard:audit")
                .redirectErrorStream(true).start();
        String length = new String(xlen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(xlen.waitFor()).isZero();
        assertThat(Integer.parseInt(length)).as("entries of the stream k8sdashboard:audit").isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void withRedisDownAFirstPageComesFromTheReplicasOwnMemory() throws Exception {
        JsonNode page = Json.parse(audit(replicas.b(), "?limit=1&" + FILTER).body());
        String streamToken = page.path("continue").asText();
        assertThat(streamToken).startsWith("r");

        redis.stop();
        assertThat(requestIds(replicas.b(), 1000, "m")).as("B's own record only").containsExactly(writtenOnB);
        assertThat(requestIds(replicas.a(), 1000, "m")).as("A's own records only").isEqualTo(List.of(WRITTEN_ON_A.get(1),
                WRITTEN_ON_A.get(0)));
        Problems.assertProblem(audit(replicas.b(), "?limit=1&" + FILTER + "&continue=" + streamToken), 503);

        String meanwhile = dryRunCreate(replicas.a(), "audit-a3-" + SUFFIX);
        assertThat(requestIds(replicas.a(), 1000, "m")).as("recorded in memory while Redis is down").first().isEqualTo(meanwhile);
    }

    private static HttpResponse<String> send(URI base, String method, String path, String body, String user, String groups)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("X-Forwarded-User", user).header("X-Forwarded-Email", user + "@example.com")
                .header("X-Forwarded-Groups", groups);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
