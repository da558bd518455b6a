package io.k8sdashboard.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The API's semantic version is named in a few places that must move together; a bump (say to
 * 1.1.0 for a new ColumnType constant) fails here until every one of them says the same.
 */
class PluginApiVersionTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

    @Test
    void versionIsASemanticVersion() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void versionIsTheMavenVersionOfPluginApi() {
        assertThat(PluginApi.VERSION)
                .as("PluginApi.VERSION is filtered from plugin-api/pom.xml's <version>")
                .isEqualTo(System.getProperty("plugin-api.maven-version"));
    }

    @Test
    void parentPomNamesTheSameVersionForTheModulesThatDependOnIt() {
        assertThat(System.getProperty("plugin-api.parent-property"))
                .as("<plugin-api.version> in the root pom.xml must equal plugin-api/pom.xml's <version>")
                .isEqualTo(PluginApi.VERSION);
    }

    @Test
    void pluginTemplateBuildsAgainstThisVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("examples/plugin-template/pom.xml"));
        assertThat(pom).as("examples/plugin-template/pom.xml")
                .contains("<plugin-api.version>" + PluginApi.VERSION + "</plugin-api.version>");
    }

    @Test
    void readmeGivesTheCoordinatesWithThisVersion() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("`io.k8sdashboard:plugin-api:" + PluginApi.VERSION + "`")
                .contains("**" + PluginApi.VERSION + "**");
    }
}
