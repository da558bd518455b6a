package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.readmodel.ReplicaChanges;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Starts the {@link ChangeRelay} at server start when Redis is configured and a read model
 * ({@link ReplicaChanges}) is deployed: local changes are published from then on, and the topic
 * is subscribed as soon as the Redis client exists.
 */
@ApplicationScoped
public class ChangeRelayService {

    private static final Logger LOG = Logger.getLogger(ChangeRelayService.class.getName());

    @Inject
    RedisConnection connection;
    @Inject
    RedisOps ops;
    @Inject
    RedisFallbackMetrics fallbacks;
    @Inject
    Instance<ReplicaChanges> replicaChanges;

    private ChangeRelay relay;

    void onStart(@Observes Startup startup) {
        start();
    }

    synchronized void start() {
        if (relay != null || !connection.configured()) {
            return;
        }
        if (!replicaChanges.isResolvable()) {
            LOG.warning("Redis is configured but no read model is deployed: changes are not relayed between replicas");
            return;
        }
        relay = new ChangeRelay(connection.replicaId(), replicaChanges.get(), ops, fallbacks, ChangeRelay.QUEUE_CAPACITY);
        relay.publishLocalChanges();
        ChangeRelay started = relay;
        connection.whenReady(started::subscribe);
        connection.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (relay != null) {
            relay.close();
            relay = null;
        }
    }
}
