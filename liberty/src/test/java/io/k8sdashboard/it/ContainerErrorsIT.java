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

    @Test
    void nulByteInAnApiPathIsAProblem() {
        assertClientErrorProblem(Dashboard.get("/api/v1/resources/pods%00"));
        assertClientErrorProblem(Dashboard.get("/api/v1/resources/pods/shop/web%00"));
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
