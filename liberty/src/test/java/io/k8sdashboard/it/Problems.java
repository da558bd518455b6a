package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

    private Problems() {
    }

    /** Asserts a problem+json answer with this status and returns its body. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("content type of %s", response.uri()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).as("no stack trace leaks").doesNotContain("\tat ").doesNotContain("Exception:");
        return problem;
    }
}
