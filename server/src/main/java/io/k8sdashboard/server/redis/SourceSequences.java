package io.k8sdashboard.server.redis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last sequence number seen from each publishing replica, to notice lost messages (Redis
 * pub/sub is at-most-once). Bounded: replica ids are random per start, so old ones are forgotten.
 */
final class SourceSequences {

    /** How a message's sequence number relates to the last one from its source. */
    enum Verdict {
        /** Not heard from this source (since start or the last reset): nothing to compare with. */
        FIRST,
        /** last + 1. */
        NEXT,
        /** Beyond last + 1: messages were lost. */
        GAP,
        /** At or below the last: a duplicate; drop it. */
        STALE
    }

    private final Map<String, Long> last;

    SourceSequences(int maxSources) {
        this.last = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maxSources;
            }
        };
    }

    synchronized Verdict accept(String source, long seq) {
        Long previous = last.get(source);
        if (previous != null && seq <= previous) {
            return Verdict.STALE;
        }
        last.put(source, seq);
        if (previous == null) {
            return Verdict.FIRST;
        }
        return seq == previous + 1 ? Verdict.NEXT : Verdict.GAP;
    }

    /** Forgets every source (after a resync nothing older matters). */
    synchronized void clear() {
        last.clear();
    }
}
