package io.k8sdashboard.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemMappingTest {

    @ParameterizedTest
    @CsvSource({"403, 403, forbidden", "404, 404, resource-not-found", "409, 409, conflict", "422, 422, invalid-object",
        "410, 410, expired", "500, 502, kubernetes-error", "401, 502, kubernetes-error"})
    void kubernetesStatusesPassThroughOrBecome502(int code, int status, String type) {
        KubernetesClientException e = new KubernetesClientException(
                new StatusBuilder().withCode(code).withMessage("pods is forbidden: User \"alice\" cannot list").build());
        KubernetesClientExceptionMapper.Mapped mapped = KubernetesClientExceptionMapper.map(e);
        assertThat(mapped.status()).isEqualTo(status);
        assertThat(mapped.type()).isEqualTo(type);
    }

    @Test
    void aRejectedObjectNamesTheFieldTheApiServerBlames() {
        KubernetesClientException e = new KubernetesClientException(new StatusBuilder().withCode(422)
                .withMessage("Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1")
                .withNewDetails().addNewCause().withField("spec.replicas").withReason("FieldValueInvalid").endCause().endDetails()
                .build());
        assertThat(KubernetesClientExceptionMapper.map(e).status()).isEqualTo(422);
        assertThat(KubernetesClientExceptionMapper.field(e)).isEqualTo("spec.replicas");
        assertThat(KubernetesClientExceptionMapper.map(new KubernetesClientException(new StatusBuilder().withCode(415)
                .withMessage("the body of the request was in an unknown format").build())).status())
                .as("a patch type the kind does not take is the client's to change").isEqualTo(415);
        assertThat(KubernetesClientExceptionMapper.field(new KubernetesClientException(
                new StatusBuilder().withCode(403).withMessage("forbidden").build()))).as("only rejected objects name a field").isNull();
    }

    @Test
    void noAnswerIsTheKubernetesDependencyUnavailable() {
        KubernetesClientException e = new KubernetesClientException("boom", new IOException("Connection refused"));
        KubernetesClientExceptionMapper.Mapped mapped = KubernetesClientExceptionMapper.map(e);
        assertThat(mapped.status()).isEqualTo(503);
        assertThat(mapped.type()).isEqualTo("dependency-unavailable");
        assertThat(mapped.dependency()).isEqualTo("kubernetes");
        assertThat(mapped.detail()).contains("Connection refused");
    }

    @Test
    void anOpenBreakerAndTheApiServers503AreTheDependencyUnavailable() {
        KubernetesClientException open = new KubernetesClientException("An error has occurred",
                new io.k8sdashboard.server.resilience.DependencyUnavailableException("kubernetes", java.time.Duration.ofSeconds(3)));
        assertThat(KubernetesClientExceptionMapper.map(open).type()).isEqualTo("dependency-unavailable");
        assertThat(KubernetesClientExceptionMapper.map(open).detail()).contains("circuit breaker open");
        KubernetesClientException busy = new KubernetesClientException(new StatusBuilder().withCode(503).withMessage("etcd down").build());
        assertThat(KubernetesClientExceptionMapper.map(busy).status()).isEqualTo(503);
        assertThat(KubernetesClientExceptionMapper.map(busy).dependency()).isEqualTo("kubernetes");
    }

    @Test
    void extensionMembersFollowTheStandardOnes() {
        Map<?, ?> body = Serialization.unmarshal(Problems.body(503, "dependency-unavailable", "Dependency unavailable", "down", null,
                null, Map.of("dependency", "kubernetes", "status", 999)), Map.class);
        assertThat(body.get("dependency")).isEqualTo("kubernetes");
        assertThat(body.get("status")).as("an extension never overrides a standard member").isEqualTo(503);
    }

    @Test
    void invalidInputNamesTheFieldInProblemJson() {
        InvalidInputException e = new InvalidInputException("labelSelector", "bad");
        Map<?, ?> body = Serialization.unmarshal(Problems.body(e.status(), e.problemType(), e.title(), e.getMessage(), e.field(), null),
                Map.class);
        assertThat(body.get("type")).isEqualTo("https://k8s-dashboard.io/problems/invalid-input");
        assertThat(body.get("field")).isEqualTo("labelSelector");
        assertThat(body.get("status")).isEqualTo(400);
        assertThat(body.get("detail")).isEqualTo("labelSelector: bad");
    }

    @Test
    void severalViolationsAreListedEachWithItsField() {
        InvalidInputException e = new InvalidInputException(List.of(
                new InvalidInputException.Violation("name", "must be a DNS-1123 label"),
                new InvalidInputException.Violation("containers[0].ports[1].containerPort", "must be 1 to 65535")));
        Map<?, ?> body = Serialization.unmarshal(Problems.body(e.status(), e.problemType(), e.title(), e.getMessage(), e.field(),
                null, DashboardExceptionMapper.violations(e)), Map.class);
        assertThat(body.get("status")).isEqualTo(400);
        assertThat(body.get("field")).isEqualTo("name");
        assertThat(body.get("violations")).isEqualTo(List.of(
                Map.of("field", "name", "message", "must be a DNS-1123 label"),
                Map.of("field", "containers[0].ports[1].containerPort", "message", "must be 1 to 65535")));
    }

    @Test
    void oneViolationKeepsTheSingleFieldShape() {
        InvalidInputException e = new InvalidInputException("labelSelector", "bad");
        Map<?, ?> body = Serialization.unmarshal(Problems.body(e.status(), e.problemType(), e.title(), e.getMessage(), e.field(),
                null, DashboardExceptionMapper.violations(e)), Map.class);
        assertThat(body.get("field")).isEqualTo("labelSelector");
        assertThat(body.containsKey("violations")).isFalse();
    }

    @Test
    void unexpectedErrorsTellTheRequestIdOnly() {
        assertThat(UnhandledExceptionMapper.detail("req-42")).contains("req-42");
    }

    @Test
    void nonIoFailuresWithoutAnswerAre502() {
        KubernetesClientException e = new KubernetesClientException("cannot parse", new IllegalStateException("x"));
        assertThat(KubernetesClientExceptionMapper.map(e).status()).isEqualTo(502);
    }
}
