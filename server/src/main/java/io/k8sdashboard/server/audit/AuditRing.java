package io.k8sdashboard.server.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest records of this replica in memory, at most {@code capacity} (the oldest is dropped).
 * Each record gets a sequence number; a page's continue token names the last one it returned, so
 * paging is stable while new records arrive (they are newer than any page already served).
 */
final class AuditRing {

    private final AuditRecord[] slots;
    /** Sequence number the next record gets; record {@code s} lives in slot {@code s % capacity}. */
    private long next;

    AuditRing(int capacity) {
        this.slots = new AuditRecord[capacity];
    }

    synchronized void add(AuditRecord record) {
        slots[(int) (next % slots.length)] = record;
        next++;
    }

    /** The newest records matching the query, older than its continue token (an {@code m} token or none). */
    synchronized AuditPage page(AuditQuery query) {
        long oldest = Math.max(0, next - slots.length);
        long start = next - 1;
        if (query.continuesRing()) {
            start = Math.min(start, Long.parseLong(query.continueToken().substring(1)) - 1);
        }
        List<AuditRecord> items = new ArrayList<>();
        long lastReturned = -1;
        for (long s = start; s >= oldest; s--) {
            AuditRecord record = slots[(int) (s % slots.length)];
            if (!query.matches(record)) {
                continue;
            }
            if (items.size() == query.limit()) {
                return new AuditPage(items, "m" + lastReturned);
            }
            items.add(record);
            lastReturned = s;
        }
        return new AuditPage(items, null);
    }
}
