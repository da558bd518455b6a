package io.k8sdashboard.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigPluginSettingsTest {

    private final Map<String, String> config = Map.of(
            "dashboard.plugin.charts.chartmuseum.url", "http://127.0.0.1:8080",
            "dashboard.plugin.charts.page-size", "x",
            "dashboard.plugin.other.secret", "not yours");
    private final ConfigPluginSettings settings =
            new ConfigPluginSettings("charts", key -> Optional.ofNullable(config.get(key)));

    @Test
    void readsOnlyKeysUnderThePluginsPrefix() {
        assertThat(settings.get("chartmuseum.url")).contains("http://127.0.0.1:8080");
        assertThat(settings.get("secret")).isEmpty();
        assertThat(settings.get("missing", "dflt")).isEqualTo("dflt");
    }

    @Test
    void badNumberNamesTheKey() {
        assertThatThrownBy(() -> settings.getInt("page-size", 20)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("page-size");
    }
}
