package com.example.dashboard.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.plugin.api.testing.FakePluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/** The route, tested against plugin-api's FakePluginContext instead of a running dashboard. */
class WidgetSummaryResourceTest {

    private final FakePluginContext context = new FakePluginContext(WidgetPlugin.ID)
            .add(WidgetKind.KIND,
                    WidgetKindTest.widget("shop", "blue-widget", "blue", 3, "True"),
                    WidgetKindTest.widget("shop", "navy-widget", "blue", 1, "False"),
                    WidgetKindTest.widget("team-a", "red-widget", "red", 7, "False"));

    private Map<String, Object> summary(String namespace) {
        Object resource = new WidgetSummaryRoute().resource(context);
        return ((WidgetSummaryResource) resource).summary(namespace);
    }

    @Test
    void routeIsAnExtensionMountedAtItsSegment() {
        assertThat(WidgetSummaryRoute.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(new WidgetSummaryRoute().segment()).isEqualTo("widget-summary");
    }

    @Test
    void countsTheWidgetsOfEveryNamespaceByColor() {
        assertThat(summary(null))
                .containsEntry("plugin", "widget-plugin")
                .containsEntry("total", 3)
                .containsEntry("byColor", Map.of("blue", 2, "red", 1));
    }

    @Test
    void countsOneNamespace() {
        assertThat(summary("team-a")).containsEntry("namespace", "team-a").containsEntry("byColor", Map.of("red", 1));
    }

    @Test
    void namesTheSignedInUserAndTheConfiguredTitle() {
        assertThat(summary(null)).containsEntry("user", "test-user").containsEntry("title", "Widgets");
        context.signedInAs(new UserIdentity("alice", null, List.of("team-a"))).setting("title", "Gadgets");
        assertThat(summary(null)).containsEntry("user", "alice").containsEntry("title", "Gadgets");
    }

    @Test
    void aUserWhoMayNotReadWidgetsGetsTheDashboards403() {
        context.deny(WidgetKind.KIND.resourceName());
        assertThatThrownBy(() -> summary("shop"))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
