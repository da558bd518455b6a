package io.k8sdashboard.server.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The WebSocket metrics: {@code dashboard.ws.sessions} (open sessions), {@code dashboard.ws.messages.sent},
 * {@code dashboard.ws.resyncs} and {@code dashboard.ws.slow-consumer.closes}. Without a registry
 * (unit tests) every method does nothing; a metric failure never fails a session.
 */
@ApplicationScoped
public class PushMetrics {

    static final String SESSIONS = "dashboard.ws.sessions";
    static final String MESSAGES_SENT = "dashboard.ws.messages.sent";
    static final String RESYNCS = "dashboard.ws.resyncs";
    static final String SLOW_CONSUMER_CLOSES = "dashboard.ws.slow-consumer.closes";

    private static final Logger LOG = Logger.getLogger(PushMetrics.class.getName());

    @Inject
    Instance<MetricRegistry> registry;

    void sessionsGauge(Supplier<Number> openSessions) {
        update(r -> r.gauge(SESSIONS, openSessions));
    }

    void messageSent() {
        update(r -> r.counter(MESSAGES_SENT).inc());
    }

    void resync() {
        update(r -> r.counter(RESYNCS).inc());
    }

    void slowConsumerClosed() {
        update(r -> r.counter(SLOW_CONSUMER_CLOSES).inc());
    }

    private void update(java.util.function.Consumer<MetricRegistry> change) {
        try {
            if (registry != null && registry.isResolvable()) {
                change.accept(registry.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "metric update failed", e);
        }
    }
}
