package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plugin host as an operator sees it: which plugins run, and that a broken one harms nothing. */
public class PluginsIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    private static Map<String, JsonNode> pluginsById() {
        HttpResponse<String> response = Dashboard.get("/api/v1/plugins");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        JsonNode list = body.isArray() ? body : body.path("plugins");
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(plugin -> byId.put(plugin.path("id").asText(), plugin));
        return byId;
    }

    @Test
    void resourceViewerIsStartedAndContributesTheBuiltInKinds() {
        JsonNode viewer = pluginsById().get("resource-viewer");
        assertThat(viewer).as("resource-viewer listed").isNotNull();
        assertThat(viewer.path("state").asText()).isEqualTo("STARTED");
        assertThat(viewer.path("contributes").path("kinds").size()).isGreaterThanOrEqualTo(23);
        assertThat(viewer.path("contributes").path("kinds").toString()).contains("\"pods\"", "\"deployments.apps\"");
    }

    @Test
    void aPluginThatThrowsOnStartIsReportedFailedAndTheServerStaysReady() {
        JsonNode failing = pluginsById().get("failing-plugin");
        assertThat(failing).as("failing-plugin listed").isNotNull();
        assertThat(failing.path("state").asText()).isEqualTo("FAILED");
        assertThat(failing.path("error").asText()).contains("on purpose");

        HttpResponse<String> ready = Dashboard.get("/health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        HttpResponse<String> kinds = Dashboard.get("/api/v1/resources");
        assertThat(kinds.body()).as("the failed plugin's kind is not served").doesNotContain("brokens.fixtures.k8sdashboard.io");
        assertThat(Dashboard.get("/api/v1/resources/brokens.fixtures.k8sdashboard.io").statusCode()).isEqualTo(404);
    }
}
