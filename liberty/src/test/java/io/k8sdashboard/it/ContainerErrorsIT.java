package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Errors the servlet container raises itself, outside JAX-RS: under /api they are problems like
 * every other API error; elsewhere a plain 4xx. Never Liberty's HTML error page (which names
 * exceptions and its internals), never a 200 for a method a static file does not take.
 */
public class ContainerErrorsIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    private static JsonNode assertClientErrorProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isBetween(400, 499);
        return Problems.assertProblem(response, response.statusCode());
    }

    private static void assertPlain(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(response.body()).doesNotContainIgnoringCase("<html").doesNotContain("SRVE").doesNotContain("Exception");
    }

    @Test
    void encodedSlashInAnApiPathIsAProblem() {
        JsonNode problem = assertClientErrorProblem(Dashboard.get("/api/v1/resources/pods/shop/web%2Fx"));
        assertThat(problem.path("instance").asText()).startsWith("/api/v1/resources/pods");
    }

    /**
     * A NUL or control character in the path is refused by Open Liberty before it picks an
     * application (no error page or filter of the dashboard runs): a 400 with its own one-line
     * text, as /openapi documents for 400. It must stay a 400 that names nothing but the path.
     */
    @Test
    void nulByteInAPathIsRefusedByLibertyWithA400NamingOnlyThePath() {
        HttpResponse<String> response = Dashboard.get("/api/v1/resources/pods%00");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("/api/v1/resources/pods").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownMethodOnAnApiPathIs405ProblemWithAllow() {
        HttpResponse<String> response = Dashboard.send("POST", "/api/v1/resources");
        Problems.assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Test
    void missingStaticFileIsAPlain404() {
        assertPlain(Dashboard.get("/no-such-file.txt"), 404);
        assertPlain(Dashboard.get("/assets/no-such-bundle.js"), 404);
    }

    @Test
    void staticFilesTakeOnlyGetAndHead() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = Dashboard.send(method, "/index.html");
            assertPlain(response, 405);
            assertThat(response.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD");
        }
        assertThat(Dashboard.send("HEAD", "/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void theErrorPageItselfIsNotServed() {
        assertPlain(Dashboard.get("/container-error"), 404);
    }
}
