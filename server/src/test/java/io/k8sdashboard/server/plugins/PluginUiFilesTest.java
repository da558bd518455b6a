package io.k8sdashboard.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginUiFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"index.js", "chunks/a-1.js", "styles.css", "data/x.json"})
    void plainRelativePathsAreSafe(String path) {
        assertThat(PluginUiFiles.isSafe(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x.js", "a/../../x.js", "/etc/passwd", "a//b.js", "a\\b.js", "..", ".hidden.js",
            "a/./b.js", "x.js\u0000"})
    void traversalAndOddPathsAreRefused(String path) {
        assertThat(PluginUiFiles.isSafe(path)).isFalse();
    }
}
