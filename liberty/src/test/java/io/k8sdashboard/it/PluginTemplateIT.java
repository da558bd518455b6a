package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The README's plugin guide, end to end: the plugin template (examples/plugin-template) is built
 * outside the reactor against the installed plugin-api, with its FakePluginContext tests, dropped
 * into a directory named by {@code DASHBOARD_PLUGINS_EXTRA_DIRS}, and runs in the runnable jar
 * ({@code java -jar k8s-dashboard.jar}, embedded demo cluster) beside the built-in resource-viewer.
 */
public class PluginTemplateIT {

    private static final int PORT = Integer.getInteger("it.sdk.port", 9084);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunnableJar server;

    @BeforeAll
    static void buildTheTemplateAndStartTheRunnableJar() throws IOException, InterruptedException {
        Path plugin = new PluginTemplateBuild().build();
        Path extraDir = Path.of(System.getProperty("it.build.dir"), "extra-plugins");
        PluginTemplateBuild.deleteTree(extraDir);
        Files.createDirectories(extraDir);
        Files.copy(plugin, extraDir.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        server = RunnableJar.start(PORT, Map.of(
                "DASHBOARD_CLUSTER_DEMO", "true",
                "DASHBOARD_PLUGINS_EXTRA_DIRS", extraDir.toString(),
                // The template's setting dashboard.plugin.widget-plugin.title, as an environment variable.
                "DASHBOARD_PLUGIN_WIDGET_PLUGIN_TITLE", "Demo widgets"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.base().resolve(URI.create(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void theTemplatePluginRunsBesideTheBuiltInResourceViewer() throws Exception {
        JsonNode body = json("/api/v1/plugins");
        JsonNode list = body.isArray() ? body : body.path("plugins");
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(plugin -> byId.put(plugin.path("id").asText(), plugin));

        assertThat(byId).containsKeys("resource-viewer", "widget-plugin");
        assertThat(byId.get("resource-viewer").path("state").asText()).isEqualTo("STARTED");
        JsonNode widgets = byId.get("widget-plugin");
        assertThat(widgets.path("state").asText()).as(widgets.toString()).isEqualTo("STARTED");
        assertThat(widgets.path("version").asText()).isEqualTo("1.0.0");
        assertThat(widgets.path("contributes").toString()).contains("widgets.example.com", "widget-summary");
    }

    @Test
    void theTemplatesKindIsServedWithItsColumns() throws Exception {
        JsonNode catalog = json("/api/v1/resources");
        JsonNode kinds = catalog.isArray() ? catalog : catalog.path("kinds");
        JsonNode widget = null;
        for (JsonNode kind : kinds) {
            if ("widgets.example.com".equals(kind.path("resourceName").asText())) {
                widget = kind;
            }
        }
        assertThat(widget).as("widgets.example.com in %s", catalog).isNotNull();
        assertThat(widget.path("source").asText()).isEqualTo("widget-plugin");

        JsonNode list = json("/api/v1/resources/widgets.example.com");
        List<String> columns = Json.texts(list.path("columns"), "name");
        assertThat(columns).contains("Color", "Size", "Ready");
        Map<String, String> readyByName = new HashMap<>();
        list.path("rows").forEach(row -> readyByName.put(row.path("name").asText(),
                row.path("cells").get(columns.indexOf("Ready")).asText()));
        // The demo cluster's two widgets; Ready is computed by the template's code from status.conditions.
        assertThat(readyByName).containsExactlyInAnyOrderEntriesOf(Map.of("blue-widget", "True", "red-widget", "False"));
    }

    @Test
    void theTemplatesRouteAnswersThroughTheHost() throws Exception {
        JsonNode summary = json("/api/v1/widget-summary");
        assertThat(summary.path("plugin").asText()).isEqualTo("widget-plugin");
        assertThat(summary.path("title").asText()).isEqualTo("Demo widgets");
        assertThat(summary.path("user").asText()).isNotBlank();
        assertThat(summary.path("total").asInt()).isEqualTo(2);
        assertThat(summary.path("byColor").path("blue").asInt()).isEqualTo(1);
        assertThat(summary.path("byColor").path("red").asInt()).isEqualTo(1);

        JsonNode shop = json("/api/v1/widget-summary?namespace=shop");
        assertThat(shop.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void anActionNoPluginOffersIsA404Problem() throws Exception {
        // The template offers no action: the action URL of its kind answers a 404 problem naming the action.
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        server.base().resolve("/api/v1/resources/widgets.example.com/shop/blue-widget/actions/scale"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("unknown-action", "scale");
    }
}
