package io.k8sdashboard.server.push;

import static io.k8sdashboard.server.push.PushFixtures.PODS;
import static io.k8sdashboard.server.push.PushFixtures.change;
import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.readmodel.ChangeType;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    private final Subscription s1 = new Subscription("s1", PODS, null, null, NamespaceScope.ALL);
    private final Subscription s2 = new Subscription("s2", PODS, null, null, NamespaceScope.ALL);

    private static Outbound.Change c(Subscription s, ChangeType type, String name, String rv) {
        return new Outbound.Change(s, change(type, "team-a", name, rv, Map.of()));
    }

    private static List<Outbound> drain(OutboundQueue queue) {
        List<Outbound> items = new ArrayList<>();
        Outbound item;
        while ((item = queue.poll()) != null) {
            items.add(item);
        }
        return items;
    }

    private static ResourceChange only(OutboundQueue queue) {
        List<Outbound> items = drain(queue);
        assertThat(items).hasSize(1);
        return ((Outbound.Change) items.get(0)).change();
    }

    @Test
    void refusesANewItemWhenFull() {
        OutboundQueue queue = new OutboundQueue(2);
        assertThat(queue.offer(c(s1, ChangeType.UPDATED, "a", "1"))).isTrue();
        assertThat(queue.offer(new Outbound.Text(null, "{}"))).isTrue();
        assertThat(queue.offer(c(s1, ChangeType.UPDATED, "b", "2"))).isFalse();
        assertThat(queue.offer(new Outbound.Text(null, "{}"))).isFalse();
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void aFullQueueStillTakesAnUpdateOfAPendingObject() {
        OutboundQueue queue = new OutboundQueue(1);
        queue.offer(c(s1, ChangeType.UPDATED, "a", "1"));
        assertThat(queue.offer(c(s1, ChangeType.UPDATED, "a", "2"))).isTrue();
        assertThat(only(queue).resourceVersion()).isEqualTo("2");
    }

    @Test
    void updatesOfTheSameObjectKeepTheNewestInThePlaceOfTheFirst() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(c(s1, ChangeType.UPDATED, "a", "1"));
        queue.offer(c(s1, ChangeType.UPDATED, "b", "2"));
        queue.offer(c(s1, ChangeType.UPDATED, "a", "3"));
        List<Outbound> items = drain(queue);
        assertThat(items).extracting(i -> ((Outbound.Change) i).change().name()).containsExactly("a", "b");
        assertThat(((Outbound.Change) items.get(0)).change().resourceVersion()).isEqualTo("3");
    }

    @Test
    void createdThenUpdatedStaysCreatedWithTheNewRow() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(c(s1, ChangeType.CREATED, "a", "1"));
        queue.offer(c(s1, ChangeType.UPDATED, "a", "2"));
        ResourceChange merged = only(queue);
        assertThat(merged.type()).isEqualTo(ChangeType.CREATED);
        assertThat(merged.resourceVersion()).isEqualTo("2");
    }

    @Test
    void createdThenDeletedLeavesNothing() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(c(s1, ChangeType.CREATED, "a", "1"));
        queue.offer(c(s1, ChangeType.DELETED, "a", "2"));
        assertThat(queue.size()).isZero();
        assertThat(queue.poll()).isNull();
    }

    @Test
    void updatedThenDeletedBecomesDeleted() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(c(s1, ChangeType.UPDATED, "a", "1"));
        queue.offer(c(s1, ChangeType.DELETED, "a", "2"));
        assertThat(only(queue).type()).isEqualTo(ChangeType.DELETED);
    }

    @Test
    void deletedThenCreatedAgainBecomesAnUpdate() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(c(s1, ChangeType.DELETED, "a", "1"));
        queue.offer(c(s1, ChangeType.CREATED, "a", "2"));
        ResourceChange merged = only(queue);
        assertThat(merged.type()).isEqualTo(ChangeType.UPDATED);
        assertThat(merged.resourceVersion()).isEqualTo("2");
    }

    @Test
    void changesOfDifferentSubscriptionsOrNamespacesDoNotCoalesce() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(c(s1, ChangeType.UPDATED, "a", "1"));
        queue.offer(c(s2, ChangeType.UPDATED, "a", "2"));
        queue.offer(new Outbound.Change(s1, change(ChangeType.UPDATED, "team-b", "a", "3", Map.of())));
        assertThat(queue.size()).isEqualTo(3);
    }

    @Test
    void otherMessagesNeverCoalesce() {
        OutboundQueue queue = new OutboundQueue(10);
        queue.offer(new Outbound.Text(s1, "{\"type\":\"pong\"}"));
        queue.offer(new Outbound.Text(s1, "{\"type\":\"pong\"}"));
        queue.offer(new Outbound.Snapshot(s1));
        assertThat(drain(queue)).hasSize(3);
    }

    @Test
    void forceAddGoesPastTheBoundAndRemoveIfDropsASubscriptionsItems() {
        OutboundQueue queue = new OutboundQueue(1);
        queue.offer(c(s1, ChangeType.UPDATED, "a", "1"));
        queue.forceAdd(new Outbound.Snapshot(s2));
        assertThat(queue.size()).isEqualTo(2);
        queue.removeIf(item -> item.subscription() == s1);
        assertThat(drain(queue)).containsExactly(new Outbound.Snapshot(s2));
    }
}
