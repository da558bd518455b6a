package io.k8sdashboard.server.kube;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A CDI portable extension (registered in META-INF/services) whose only job is to start the demo cluster as early as application code can run: at the first event of
 * CDI bootstrap, seconds before the {@code Startup} event. Readiness still waits for the
 * seeded cluster ({@link ClusterConnection#client()} joins it). It reads the same MP Config keys as
 * {@link ClusterConnection} and makes the same choice; with any other cluster mode it does nothing.
 */
public final class EarlyDemoStart implements Extension {

    private static final Logger LOG = Logger.getLogger(EarlyDemoStart.class.getName());

    void beforeBeanDiscovery(@Observes BeforeBeanDiscovery event) {
        try {
            ClusterTarget t = ClusterConnection.select(ConfigProvider.getConfig());
            if (t.ok() && t.mode() == ClusterMode.DEMO) {
                EmbeddedDemoCluster.startSeededInBackground();
            }
        } catch (RuntimeException e) {
            // Only an optimisation: the bean starts the demo itself if this did not.
            LOG.log(Level.FINE, "Early start of the demo cluster skipped", e);
        }
    }
}
