package com.example.dashboard.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.DashboardPlugin;
import io.k8sdashboard.plugin.api.PluginContext;
import org.junit.jupiter.api.Test;

/** What the dashboard needs from the main class to create the plugin. */
class WidgetPluginTest {

    @Test
    void extendsDashboardPluginWithAPublicContextConstructor() throws NoSuchMethodException {
        assertThat(DashboardPlugin.class).isAssignableFrom(WidgetPlugin.class);
        assertThat(WidgetPlugin.class.getConstructor(PluginContext.class)).isNotNull();
    }
}
