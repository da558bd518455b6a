package io.k8sdashboard.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.events.EventAudience;
import io.k8sdashboard.server.events.EventBus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two event relays (two Redisson clients, two event buses) over one real redis-server. */
class EventRelayTest {

    RedisServerProcess redis;
    final List<AutoCloseable> closeables = new ArrayList<>();

    /** One replica: its connection, bus, what its bus delivered, and its fallback counts. */
    record Replica(RedisConnection connection, EventBus bus, List<DashboardEvent> delivered, CountingFallbacks fallbacks) {
        boolean got(String type) {
            return delivered.stream().anyMatch(e -> e.type().equals(type));
        }
    }

    @BeforeEach
    void startRedis() throws Exception {
        redis = RedisServerProcess.start();
    }

    @AfterEach
    void stopAll() throws Exception {
        java.util.Collections.reverse(closeables);
        for (AutoCloseable c : closeables) {
            c.close();
        }
        redis.close();
    }

    Replica replica(String id) throws Exception {
        RedisConnection connection = new RedisConnection(new RedisSettings(Optional.of(redis.url()), id));
        closeables.add(connection::close);
        EventBus bus = new EventBus();
        List<DashboardEvent> delivered = new CopyOnWriteArrayList<>();
        bus.subscribe(delivered::add);
        CountingFallbacks fallbacks = new CountingFallbacks();
        EventRelay relay = new EventRelay(id, bus, new RedisOps(connection), fallbacks, 100);
        closeables.add(relay);
        relay.publishLocalEvents();
        connection.whenReady(relay::subscribe);
        connection.start();
        connection.awaitClient(Eventually.GENEROUS);
        return new Replica(connection, bus, delivered, fallbacks);
    }

    static DashboardEvent progress(String type, String operation) {
        return new DashboardEvent(type, "progress-plugin", Map.of("operationId", operation, "percent", 50),
                Instant.parse("2026-12-01T10:00:00Z"), EventAudience.operation(operation).and(EventAudience.user("alice")), false);
    }

    /** Until both relays are subscribed an event reaches nobody else: probe both ways. */
    static void awaitSubscribed(Replica a, Replica b) throws InterruptedException {
        int[] n = {0};
        Eventually.await("both relays subscribed", () -> {
            String type = "probe:n" + n[0]++;
            a.bus().publish(progress(type + "-a", "p"));
            b.bus().publish(progress(type + "-b", "p"));
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return b.got(type + "-a") && a.got(type + "-b");
        });
    }

    @Test
    void anEventOfOneReplicaReachesTheOtherWithItsAudienceMarkedRemoteAndIsNotRelayedBack() throws Exception {
        Replica a = replica("replica-a");
        Replica b = replica("replica-b");
        awaitSubscribed(a, b);

        DashboardEvent sent = progress("deployment:progress", "op-1");
        a.bus().publish(sent);
        b.bus().publish(progress("marker:sent", "op-2"));

        Eventually.await("the event reaches b", () -> b.got("deployment:progress"));
        DashboardEvent received = b.delivered().stream().filter(e -> e.type().equals("deployment:progress")).findFirst().orElseThrow();
        assertThat(received).isEqualTo(sent.asRemote());
        assertThat(received.audience().operations()).containsExactly("op-1");
        assertThat(received.audience().users()).containsExactly("alice");
        // One channel keeps order: when b's marker is at a, anything b relayed back before it would be too.
        Eventually.await("b's marker reaches a", () -> a.got("marker:sent"));
        assertThat(a.delivered().stream().filter(e -> e.type().equals("deployment:progress")))
                .as("a delivered its own event once, and b did not relay the remote copy back").singleElement()
                .satisfies(e -> assertThat(e.remote()).isFalse());
    }

    @Test
    void withRedisDownLocalDeliveryGoesOnAndTheFailureIsCounted() throws Exception {
        Replica a = replica("replica-a");
        redis.stop();

        a.bus().publish(progress("deployment:progress", "op-1"));

        assertThat(a.got("deployment:progress")).as("delivered on this replica at once").isTrue();
        Eventually.await("publish fallback counted", () -> a.fallbacks().count("event-publish") >= 1);
    }

    @Test
    void aSequenceGapIsCountedAndTheEventStillDeliveredDuplicatesAreDropped() throws Exception {
        Replica b = replica("replica-b");
        RedisOps publisher = new RedisOps(b.connection());
        int[] n = {0};
        Eventually.await("b subscribed", () -> {
            publisher.publish(EventRelay.CHANNEL, envelope("probe-" + n[0], 1, "probe:n" + n[0]));
            return b.got("probe:n" + n[0]++);
        });

        publisher.publish(EventRelay.CHANNEL, envelope("crafted", 1, "first:e"));
        publisher.publish(EventRelay.CHANNEL, envelope("crafted", 4, "after:gap"));
        publisher.publish(EventRelay.CHANNEL, envelope("crafted", 4, "duplicate:e"));
        publisher.publish(EventRelay.CHANNEL, "{not json");
        publisher.publish(EventRelay.CHANNEL, envelope("crafted", 5, "next:e"));

        Eventually.await("next delivered", () -> b.got("next:e"));
        assertThat(b.got("first:e")).isTrue();
        assertThat(b.got("after:gap")).isTrue();
        assertThat(b.got("duplicate:e")).isFalse();
        assertThat(b.fallbacks().count("event-gap")).isEqualTo(1);
    }

    private static String envelope(String source, long seq, String type) {
        return RedisJson.MAPPER.writeValueAsString(new EventEnvelope(source, seq, progress(type, "op")));
    }
}
