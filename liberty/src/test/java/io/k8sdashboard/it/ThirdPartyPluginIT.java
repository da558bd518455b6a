package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A plugin built outside the server (the crd-kind-plugin fixture, dropped into the plugins
 * directory) adds a kind and a route with no change to the server.
 */
public class ThirdPartyPluginIT {

    private static final String GADGETS = "gadgets." + TestCluster.GADGET_GROUP;

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void itsKindIsListedWithItsColumns() {
        JsonNode body = Json.parse(Dashboard.get("/api/v1/resources").body());
        JsonNode kinds = body.isArray() ? body : body.path("kinds");
        JsonNode gadget = null;
        for (JsonNode kind : kinds) {
            if (GADGETS.equals(kind.path("resourceName").asText())) {
                gadget = kind;
            }
        }
        assertThat(gadget).as("gadgets listed in %s", body).isNotNull();
        assertThat(gadget.path("source").asText()).isEqualTo("crd-kind-plugin");
        assertThat(Json.texts(gadget.path("columns"), "name")).contains("Color", "Size", "Phase");
    }

    @Test
    void itsKindIsServedFromTheCluster() {
        HttpResponse<String> response = Dashboard.get("/api/v1/resources/" + GADGETS + "?namespace=shop");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode list = Json.parse(response.body());
        assertThat(Json.texts(list.path("rows"), "name")).containsExactlyInAnyOrder("sprocket", "gizmo");
        int color = Json.texts(list.path("columns"), "name").indexOf("Color");
        assertThat(color).isNotNegative();
        for (JsonNode row : list.path("rows")) {
            String expected = row.path("name").asText().equals("sprocket") ? "red" : "blue";
            assertThat(row.path("cells").get(color).asText()).isEqualTo(expected);
        }
    }

    @Test
    void itsRouteIsMountedUnderApiV1() {
        HttpResponse<String> response = Dashboard.get("/api/v1/gadget-stats");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("crd-kind-plugin");
    }

    @Test
    void itsRouteReadsTheClusterThroughTheHost() {
        HttpResponse<String> response = Dashboard.get("/api/v1/gadget-stats/gadgets?namespace=shop");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("sprocket", "gizmo");
    }

    @Test
    void openApiListsCoreAndPluginRoutes() {
        HttpResponse<String> openapi = Dashboard.get("/openapi", null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/resources", "/api/v1/plugins", "/api/v1/gadget-stats");
    }
}
