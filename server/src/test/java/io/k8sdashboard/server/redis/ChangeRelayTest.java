package io.k8sdashboard.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.readmodel.ChangeType;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** Two relays (two Redisson clients, two fake read models) over one real redis-server. */
class ChangeRelayTest {

    RedisServerProcess redis;
    final List<AutoCloseable> closeables = new ArrayList<>();

    /** One replica: its connection, relay, read model and fallback counts. */
    record Replica(String id, RedisConnection connection, ChangeRelay relay, FakeReplicaChanges model, CountingFallbacks fallbacks) {
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
        RedisConnection connection = new RedisConnection(new RedisSettings(java.util.Optional.of(redis.url()), id));
        closeables.add(connection::close);
        FakeReplicaChanges model = new FakeReplicaChanges();
        CountingFallbacks fallbacks = new CountingFallbacks();
        ChangeRelay relay = new ChangeRelay(id, model, new RedisOps(connection), fallbacks, 100);
        closeables.add(relay);
        relay.publishLocalChanges();
        connection.whenReady(relay::subscribe);
        connection.start();
        connection.awaitClient(Eventually.GENEROUS);
        return new Replica(id, connection, relay, model, fallbacks);
    }

    static ResourceChange change(ChangeType type, String name) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", "web");
        ResourceRow row = new ResourceRow(name, "team-a", Arrays.asList(name, "Running", 3, 1.5, true, null), "Running", labels,
                "2026-01-01T00:00:00Z");
        return new ResourceChange(type, "pods", "team-a", name, "42", row, false);
    }

    /** Until both relays are subscribed, a published change reaches nobody: wait for a probe to cross both ways. */
    static void awaitSubscribed(Replica a, Replica b) throws InterruptedException {
        int[] n = {0};
        Eventually.await("both relays subscribed", () -> {
            String name = "probe-" + n[0]++;
            a.model().emit(change(ChangeType.CREATED, name));
            b.model().emit(change(ChangeType.CREATED, name));
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return a.model().appliedName(name) && b.model().appliedName(name);
        });
    }

    @Test
    void aChangeSeenByOneReplicaReachesTheOtherMarkedRemoteAndIntact() throws Exception {
        Replica a = replica("replica-a");
        Replica b = replica("replica-b");
        awaitSubscribed(a, b);

        ResourceChange sent = change(ChangeType.UPDATED, "web-1");
        a.model().emit(sent);

        Eventually.await("web-1 relayed to b", () -> b.model().appliedName("web-1"));
        ResourceChange received = b.model().applied.stream().filter(c -> c.name().equals("web-1")).findFirst().orElseThrow();
        assertThat(received).isEqualTo(sent.asRemote());
        assertThat(received.row().cells()).containsExactly("web-1", "Running", 3, 1.5, true, null);
    }

    @Test
    void ownMessagesAndRemoteChangesAreNotAppliedOrRelayedAgain() throws Exception {
        Replica a = replica("replica-a");
        Replica b = replica("replica-b");
        awaitSubscribed(a, b);

        a.model().emit(change(ChangeType.CREATED, "mine"));
        b.model().emit(change(ChangeType.CREATED, "relayed-back").asRemote());
        b.model().emit(change(ChangeType.CREATED, "marker"));

        // Messages on one channel arrive in order: once b's marker is in, a's own message has been seen too.
        Eventually.await("marker reaches a", () -> a.model().appliedName("marker"));
        Eventually.await("mine reaches b", () -> b.model().appliedName("mine"));
        assertThat(a.model().appliedName("mine")).as("a applied its own message").isFalse();
        assertThat(a.model().appliedName("relayed-back")).as("b relayed a remote change").isFalse();
        assertThat(a.model().resyncs.get()).isZero();
        assertThat(b.model().resyncs.get()).isZero();
    }

    @Test
    void aSequenceGapMakesEveryListenerResyncAndTheChangeIsStillApplied() throws Exception {
        Replica b = replica("replica-b");
        RedisOps publisher = new RedisOps(b.connection());
        awaitSubscribedAlone(b, publisher);

        publisher.publish(ChangeRelay.CHANNEL, envelope("crafted", 1, "first"));
        publisher.publish(ChangeRelay.CHANNEL, envelope("crafted", 2, "second"));
        Eventually.await("in-order messages applied", () -> b.model().appliedName("second"));
        assertThat(b.model().resyncs.get()).isZero();

        publisher.publish(ChangeRelay.CHANNEL, envelope("crafted", 5, "after-gap"));
        Eventually.await("gap resyncs", () -> b.model().resyncs.get() == 1);
        Eventually.await("after-gap applied", () -> b.model().appliedName("after-gap"));

        // A duplicate (seq already seen) is dropped; a malformed message is ignored without harm.
        publisher.publish(ChangeRelay.CHANNEL, envelope("crafted", 5, "duplicate"));
        publisher.publish(ChangeRelay.CHANNEL, "{not json");
        publisher.publish(ChangeRelay.CHANNEL, envelope("crafted", 6, "next"));
        Eventually.await("next applied", () -> b.model().appliedName("next"));
        assertThat(b.model().appliedName("duplicate")).isFalse();
        assertThat(b.model().resyncs.get()).isEqualTo(1);
    }

    @Test
    void withRedisKilledPublishingFallsBackAndWhenItReturnsReplicasResyncAndRelayAgain() throws Exception {
        Replica a = replica("replica-a");
        Replica b = replica("replica-b");
        awaitSubscribed(a, b);

        redis.stop();
        // Never throws into the read model's thread; the failure is counted.
        a.model().emit(change(ChangeType.UPDATED, "lost"));
        Eventually.await("publish fallback counted", () -> a.fallbacks().count("publish") >= 1);

        redis.restart();
        Eventually.await("b resyncs after resubscribing", () -> b.model().resyncs.get() >= 1);
        Eventually.await("a resyncs after resubscribing", () -> a.model().resyncs.get() >= 1);
        a.model().emit(change(ChangeType.UPDATED, "after-restart"));
        Eventually.await("relay works again", () -> b.model().appliedName("after-restart"));
        assertThat(b.model().appliedName("lost")).isFalse();
    }

    @Test
    void aFullPublishQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        // Redis hangs: the first publish blocks until released; the queue holds 2; the rest are dropped.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inFlight = new CountDownLatch(1);
        List<String> published = new CopyOnWriteArrayList<>();
        RedisOps hanging = new RedisOps(null) {
            @Override
            public long publish(String channel, String message) {
                inFlight.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                published.add(message);
                return 1;
            }
        };
        CountingFallbacks fallbacks = new CountingFallbacks();
        FakeReplicaChanges model = new FakeReplicaChanges();
        try (ChangeRelay relay = new ChangeRelay("x", model, hanging, fallbacks, 2)) {
            relay.publishLocalChanges();
            model.emit(change(ChangeType.UPDATED, "c0"));
            assertThat(inFlight.await(10, TimeUnit.SECONDS)).as("c0 in flight").isTrue();
            for (int i = 1; i < 50; i++) {
                model.emit(change(ChangeType.UPDATED, "c" + i));
            }
            // Emitting returned while the publisher hangs: 1 in flight, 2 queued, 47 dropped.
            assertThat(fallbacks.count("publish-queue-full")).isEqualTo(47);
            release.countDown();
            Eventually.await("held ones published", () -> published.size() == 3);
        }
    }

    private static void awaitSubscribedAlone(Replica b, RedisOps publisher) throws InterruptedException {
        int[] n = {0};
        Eventually.await("b subscribed", () -> {
            // A fresh source each time: FIRST never resyncs.
            publisher.publish(ChangeRelay.CHANNEL, envelope("probe-" + n[0], 1, "probe-" + n[0]));
            String name = "probe-" + n[0]++;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return b.model().appliedName(name);
        });
    }

    private static String envelope(String source, long seq, String name) {
        return RedisJson.MAPPER.writeValueAsString(new ChangeEnvelope(source, seq, change(ChangeType.UPDATED, name)));
    }
}
