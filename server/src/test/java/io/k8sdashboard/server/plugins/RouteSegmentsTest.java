package io.k8sdashboard.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteSegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"deployments", "charts", "cert-manager", "a1-b2"})
    void kebabCaseSegmentsAreAccepted(String segment) {
        assertThat(RouteSegments.invalidReason(segment)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"resources", "namespaces", "plugins", "cluster"})
    void coreSegmentsAreReserved(String segment) {
        assertThat(RouteSegments.invalidReason(segment)).hasValueSatisfying(r -> assertThat(r).contains("reserved"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Charts", "my_route", "-x", "x-", "a--b", "a/b", "1abc", ""})
    void otherSegmentsAreRefused(String segment) {
        assertThat(RouteSegments.invalidReason(segment)).isPresent();
    }

    /**
     * JAX-RS matches the root resource with the most literal characters first, so the locator at
     * "v1" can only shadow a core resource if a core path were shorter. Guard the shape.
     */
    @Test
    void locatorSitsAtTheShortestRootSoCorePathsWin() throws NoSuchMethodException {
        assertThat(PluginRouteResource.class.getAnnotation(Path.class).value()).isEqualTo("v1");
        assertThat(PluginRouteResource.class.getMethod("route", String.class).getAnnotation(Path.class).value())
                .isEqualTo("{segment}");
        assertThat(PluginsResource.class.getAnnotation(Path.class).value()).isEqualTo("v1/plugins");
    }
}
