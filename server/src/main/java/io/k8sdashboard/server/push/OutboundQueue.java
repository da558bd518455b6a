package io.k8sdashboard.server.push;

import io.k8sdashboard.server.readmodel.ChangeType;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A session's pending messages, in order, at most {@code capacity} of them. Changes to the same
 * object of the same subscription coalesce in the place of the first one: the client only needs
 * the object's latest state and whether it is new or gone. Not thread-safe: {@link SessionOutbox}
 * guards it.
 *
 * <p>Coalescing (pending + new): created + updated = created with the new row; created + deleted
 * = nothing; updated + updated = the new update; updated + deleted = deleted; deleted + created
 * (the object was re-created) = updated with the new row, since the client still shows the old one.
 */
final class OutboundQueue {

    private record ChangeKey(Subscription subscription, String objectKey) {
    }

    private final int capacity;
    /** Insertion-ordered; re-putting an existing key keeps its place. Non-change items get unique Long keys. */
    private final LinkedHashMap<Object, Outbound> items = new LinkedHashMap<>();
    private long sequence;

    OutboundQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /**
     * Adds an item, or coalesces a change into the pending one for its object.
     *
     * @return false when the queue is full and the item would need a new place (overflow)
     */
    boolean offer(Outbound item) {
        if (item instanceof Outbound.Change change) {
            ChangeKey key = new ChangeKey(change.subscription(), change.change().key());
            Outbound pending = items.get(key);
            if (pending != null) {
                ResourceChange merged = merge(((Outbound.Change) pending).change(), change.change());
                if (merged == null) {
                    items.remove(key);
                } else {
                    items.put(key, new Outbound.Change(change.subscription(), merged));
                }
                return true;
            }
            if (items.size() >= capacity) {
                return false;
            }
            items.put(key, item);
            return true;
        }
        if (items.size() >= capacity) {
            return false;
        }
        items.put(sequence++, item);
        return true;
    }

    /** Adds past the bound: only for the few messages that recover from an overflow (a resync and snapshot per subscription). */
    void forceAdd(Outbound item) {
        items.put(sequence++, item);
    }

    /** The oldest item, removed; {@code null} when empty. */
    Outbound poll() {
        Iterator<Map.Entry<Object, Outbound>> first = items.entrySet().iterator();
        if (!first.hasNext()) {
            return null;
        }
        Outbound item = first.next().getValue();
        first.remove();
        return item;
    }

    void removeIf(Predicate<Outbound> filter) {
        items.values().removeIf(filter);
    }

    void clear() {
        items.clear();
    }

    int size() {
        return items.size();
    }

    /** The change that replaces {@code pending} when {@code next} arrives, {@code null} when both cancel out. */
    static ResourceChange merge(ResourceChange pending, ResourceChange next) {
        if (next.type() == ChangeType.DELETED) {
            return pending.type() == ChangeType.CREATED ? null : next;
        }
        ChangeType type = pending.type() == ChangeType.CREATED ? ChangeType.CREATED : ChangeType.UPDATED;
        return new ResourceChange(type, next.kind(), next.namespace(), next.name(), next.resourceVersion(), next.row(),
                next.remote());
    }
}
