package io.k8sdashboard.server.readmodel;

import static io.k8sdashboard.server.readmodel.Fixtures.PODS;
import static io.k8sdashboard.server.readmodel.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KindIndexTest {

    private final Fixtures.Recorder listener = new Fixtures.Recorder();
    private final Fixtures.Recorder relay = new Fixtures.Recorder();
    private KindIndex index;

    @BeforeEach
    void setUp() {
        index = new KindIndex(PODS, relay);
        index.listen(listener);
    }

    @Test
    void watchedChangesAreToldOnceEachWithTheirRows() {
        index.upsert(pod("a", "web", 10, "Pending", Map.of()));
        index.upsert(pod("a", "web", 10, "Pending", Map.of())); // a re-list repeating what is held
        index.upsert(pod("a", "web", 11, "Running", Map.of()));
        assertThat(index.objectBytes()).isPositive();
        index.remove(pod("a", "web", 12, "Running", Map.of()));

        assertThat(listener.told()).containsExactly("CREATED a/web@10", "UPDATED a/web@11", "DELETED a/web@12");
        assertThat(listener.changes.get(1).row().cells()).contains("Running");
        assertThat(listener.changes.get(2).row().name()).isEqualTo("web");
        assertThat(index.size()).isZero();
        assertThat(index.objectBytes()).as("compacted bytes follow what is held").isZero();
        assertThat(relay.told()).isEqualTo(listener.told());
    }

    @Test
    void deletingAnObjectNeverHeldTellsNothing() {
        index.remove(pod("a", "ghost", 5, "Running", Map.of()));
        assertThat(listener.changes).isEmpty();
    }

    @Test
    void aRelayedChangeIsToldOnceWhicheverPathBringsItFirst() {
        index.applyRemote(change(ChangeType.CREATED, "web", 20));
        index.upsert(pod("a", "web", 20, "Running", Map.of())); // this replica's watch catches up
        index.upsert(pod("a", "web", 21, "Running", Map.of())); // the watch first this time
        index.applyRemote(change(ChangeType.UPDATED, "web", 21)); // the relay is late

        assertThat(listener.told()).containsExactly("CREATED a/web@20 remote", "UPDATED a/web@21");
        assertThat(relay.told()).as("relayed changes are never relayed again").containsExactly("UPDATED a/web@21");
    }

    @Test
    void anOlderRelayedVersionThanTheOneHeldIsDropped() {
        index.upsert(pod("a", "web", 30, "Running", Map.of()));
        index.applyRemote(change(ChangeType.UPDATED, "web", 29));
        assertThat(listener.told()).containsExactly("CREATED a/web@30");
    }

    @Test
    void aRelayedDeletionIsToldOnceAndALateCopyDoesNotBringTheObjectBack() {
        index.upsert(pod("a", "web", 40, "Running", Map.of()));
        index.applyRemote(change(ChangeType.DELETED, "web", 41));
        index.remove(pod("a", "web", 41, "Running", Map.of()));
        index.applyRemote(change(ChangeType.UPDATED, "web", 40)); // stale, from a slow replica

        assertThat(listener.told()).containsExactly("CREATED a/web@40", "DELETED a/web@41 remote");
    }

    @Test
    void anObjectCreatedAgainUnderTheSameNameIsToldAsCreated() {
        index.upsert(pod("a", "web", 50, "Running", Map.of()));
        index.remove(pod("a", "web", 51, "Running", Map.of()));
        index.upsert(pod("a", "web", 52, "Pending", Map.of()));
        assertThat(listener.told()).containsExactly("CREATED a/web@50", "DELETED a/web@51", "CREATED a/web@52");
    }

    @Test
    void theLabelIndexFollowsLabelChanges() {
        index.upsert(pod("a", "web", 1, "Running", Map.of("app", "web")));
        index.upsert(pod("a", "db", 2, "Running", Map.of("app", "db")));
        assertThat(index.labelled("app", "web")).containsExactly(KindIndex.key("a", "web"));

        index.upsert(pod("a", "web", 3, "Running", Map.of("app", "api")));
        assertThat(index.labelled("app", "web")).isEmpty();
        assertThat(index.labelled("app", "api")).containsExactly(KindIndex.key("a", "web"));

        index.remove(pod("a", "web", 4, "Running", Map.of("app", "api")));
        assertThat(index.labelled("app", "api")).isEmpty();
    }

    @Test
    void namespacesAreContiguousRangesInTheApiServersOrder() {
        index.upsert(pod("a-b", "x", 1, "Running", Map.of()));
        index.upsert(pod("a", "y", 2, "Running", Map.of()));
        index.upsert(pod("a", "x", 3, "Running", Map.of()));
        assertThat(index.entries().values()).extracting(e -> e.row().namespace() + "/" + e.row().name())
                .containsExactly("a/x", "a/y", "a-b/x");
        assertThat(index.namespace("a")).hasSize(2);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        KindIndex fresh = new KindIndex(PODS, null);
        fresh.listen(new ChangeListener() {
            @Override
            public void changed(ResourceChange change) {
                throw new IllegalStateException("broken subscriber");
            }
        });
        Fixtures.Recorder after = new Fixtures.Recorder();
        fresh.listen(after);
        fresh.upsert(pod("a", "web", 1, "Running", Map.of()));
        assertThat(after.changes).hasSize(1);
    }

    private ResourceChange change(ChangeType type, String name, long version) {
        return new ResourceChange(type, "pods", "a", name, Long.toString(version),
                new io.k8sdashboard.server.kinds.ResourceRow(name, "a", java.util.List.of(), null, Map.of(), null), false);
    }
}
