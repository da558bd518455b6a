package io.k8sdashboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.server.plugins.PluginExtensions;
import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container test of the plugin host: the real war deployed a second time into the running
 * Liberty, where the test injects the host's CDI bean and checks what the plugins contributed.
 */
@ExtendWith(ArquillianExtension.class)
public class PluginHostArquillianIT {

    @Inject
    PluginExtensions extensions;

    @Deployment
    public static WebArchive deployment() {
        File war = new File(System.getProperty("it.server.dir"), "apps/k8s-dashboard.war");
        // A name of its own: the copy must not clash with the application under test.
        return ShrinkWrap.create(WebArchive.class, "plugin-host-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClass(PluginHostArquillianIT.class);
    }

    private List<String> kindNames() {
        return extensions.kindProviders().stream().map(ResourceKindProvider::kind).map(KindDescriptor::resourceName).toList();
    }

    @Test
    void startedPluginsContributeTheirKinds() {
        List<String> kinds = kindNames();
        for (String expected : List.of("pods", "deployments.apps", "gadgets.fixtures.k8sdashboard.io")) {
            assertTrue(kinds.contains(expected), expected + " in " + kinds);
        }
    }

    @Test
    void aFailedPluginContributesNothing() {
        assertFalse(kindNames().contains("brokens.fixtures.k8sdashboard.io"), "failed plugin's kind: " + kindNames());
    }

    @Test
    void everyKindIsServedOnce() {
        assertEquals(kindNames().size(), kindNames().stream().distinct().count(), "duplicates in " + kindNames());
    }
}
