package io.k8sdashboard.server.readmodel;

import static io.k8sdashboard.server.readmodel.Fixtures.PODS;
import static io.k8sdashboard.server.readmodel.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadModelTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final Fixtures.HandWatch watch = new Fixtures.HandWatch();
    private final HandClock clock = new HandClock();
    private final ReadModel model = new ReadModel(watch, clock, Duration.ofMinutes(10), Duration.ofMillis(200), Duration.ofSeconds(60));

    @Test
    void aKindIsWatchedOnFirstUseOnlyAndServedFromMemory() {
        watch.initial = List.of(pod("a", "web", 1, "Running", Map.of()), pod("b", "db", 2, "Running", Map.of()));
        assertThat(watch.started).isEmpty();

        RowPage page = model.page(PODS, RowQuery.all(null, null));
        RowPage again = model.page(PODS, RowQuery.all(java.util.Set.of("b"), null));

        assertThat(watch.started).hasSize(1);
        assertThat(page.rows()).extracting(r -> r.name()).containsExactly("web", "db");
        assertThat(again.rows()).extracting(r -> r.name()).containsExactly("db");
        assertThat(model.view(PODS).orElseThrow().get("a", "web")).isPresent();
    }

    /** What a /ws snapshot of "all namespaces" asks for a user who reads some of them: pages over several namespaces. */
    @Test
    void aSnapshotOverSomeNamespacesPagesToTheEnd() {
        watch.initial = List.of(pod("a", "one", 1, "Running", Map.of()), pod("a", "two", 2, "Running", Map.of()),
                pod("b", "one", 3, "Running", Map.of()), pod("c", "one", 4, "Running", Map.of()),
                pod("c", "two", 5, "Running", Map.of()));
        java.util.Set<String> readable = java.util.Set.of("a", "c");
        List<String> seen = new java.util.ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            RowPage page = model.page(PODS, new RowQuery(readable, null, null, null, false, 3, token));
            page.rows().forEach(r -> seen.add(r.namespace() + "/" + r.name()));
            token = page.continueToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("a/one", "a/two", "c/one", "c/two");
    }

    @Test
    void changesReachListenersAndTheNextPage() {
        Fixtures.Recorder listener = new Fixtures.Recorder();
        model.listen(PODS, listener);
        watch.handler.upsert(pod("a", "new", 5, "Pending", Map.of()));
        assertThat(listener.told()).containsExactly("CREATED a/new@5");
        assertThat(model.page(PODS, RowQuery.all(null, null)).rows()).extracting(r -> r.name()).containsExactly("new");
    }

    @Test
    void aWatchThatCannotSyncIsNotRetriedBeforeTheRetryTime() {
        watch.next = Fixtures.HandWatch.Outcome.FAIL;
        assertThat(model.view(PODS)).isEmpty();
        assertThat(model.view(PODS)).isEmpty();
        assertThat(watch.started).hasSize(1);
        assertThat(watch.stopped).isEqualTo(1);

        watch.next = Fixtures.HandWatch.Outcome.SYNC;
        clock.advance(Duration.ofSeconds(61));
        assertThat(model.view(PODS)).isPresent();
        assertThat(watch.started).hasSize(2);
    }

    @Test
    void aWatchThatDoesNotSyncInTimeFallsBackAndSaysSo() {
        watch.next = Fixtures.HandWatch.Outcome.HANG;
        assertThat(model.view(PODS)).isEmpty();
        assertThatThrownBy(() -> model.page(PODS, RowQuery.all(null, null)))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void anIdleWatchIsStoppedAndAFreshOneStartsOnTheNextRead() {
        model.view(PODS);
        clock.advance(Duration.ofMinutes(9));
        assertThat(model.stopIdle()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(model.stopIdle()).isEqualTo(1);
        assertThat(watch.stopped).isEqualTo(1);
        assertThat(model.size(PODS)).isEqualTo(-1);

        model.view(PODS);
        assertThat(watch.started).hasSize(2);
    }

    @Test
    void aWatchWithListenersIsNeverIdle() {
        ListenerRegistration registration = model.listen(PODS, new Fixtures.Recorder());
        clock.advance(Duration.ofHours(1));
        assertThat(model.stopIdle()).isZero();
        registration.close();
        assertThat(model.stopIdle()).isEqualTo(1);
    }

    @Test
    void relayedChangesReachWatchedKindsAndResyncReachesEveryListener() {
        Fixtures.Recorder listener = new Fixtures.Recorder();
        Fixtures.Recorder relay = new Fixtures.Recorder();
        model.listenAll(relay);
        model.listen(PODS, listener);
        model.applyRemote(new ResourceChange(ChangeType.CREATED, "pods", "a", "x", "9",
                new io.k8sdashboard.server.kinds.ResourceRow("x", "a", List.of(), null, Map.of(), null), false));
        model.applyRemote(new ResourceChange(ChangeType.CREATED, "services", "a", "x", "9",
                new io.k8sdashboard.server.kinds.ResourceRow("x", "a", List.of(), null, Map.of(), null), false));
        watch.handler.upsert(pod("a", "y", 10, "Running", Map.of()));
        model.resyncAll();

        assertThat(listener.told()).containsExactly("CREATED a/x@9 remote", "CREATED a/y@10");
        assertThat(relay.told()).containsExactly("CREATED a/y@10");
        assertThat(listener.resyncs).containsExactly("pods");
    }
}
