package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each kind of bad input gets a 4xx problem+json that names what is wrong. */
public class BadInputIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    private static void assertFieldProblem(String path, String field) {
        JsonNode problem = Problems.assertProblem(Dashboard.get(path), 400);
        assertThat(problem.path("field").asText()).as(problem.toString()).isEqualTo(field);
        assertThat(problem.path("detail").asText()).contains(field);
    }

    @Test
    void unknownKindIs404() {
        JsonNode problem = Problems.assertProblem(Dashboard.get("/api/v1/resources/flux-capacitors"), 404);
        assertThat(problem.path("detail").asText()).contains("flux-capacitors");
    }

    @Test
    void malformedLabelSelectorNamesTheParameter() {
        assertFieldProblem("/api/v1/resources/pods?labelSelector=app%20in%20(web", "labelSelector");
        assertFieldProblem("/api/v1/resources/pods?labelSelector=%3D%3Dweb", "labelSelector");
    }

    @Test
    void malformedNamespaceAndNameAreNamed() {
        assertFieldProblem("/api/v1/resources/pods?namespace=Not_A_Namespace", "namespace");
        assertFieldProblem("/api/v1/resources/pods/shop/Bad_Name!", "name");
        assertFieldProblem("/api/v1/resources/pods/NOT-DNS/web", "namespace");
    }

    @Test
    void limitOutOfRangeIsNamed() {
        assertFieldProblem("/api/v1/resources/pods?limit=0", "limit");
        assertFieldProblem("/api/v1/resources/pods?limit=abc", "limit");
    }

    @Test
    void unknownFormatIsNamed() {
        assertFieldProblem("/api/v1/resources/pods/shop/anything?format=xml", "format");
    }

    @Test
    void kubernetesNotFoundPassesThroughAs404() {
        Problems.assertProblem(Dashboard.get("/api/v1/resources/pods/shop/no-such-pod"), 404);
    }

    @Test
    void unknownApiPathIs404Problem() {
        Problems.assertProblem(Dashboard.get("/api/v1/no-such-route"), 404);
    }
}
