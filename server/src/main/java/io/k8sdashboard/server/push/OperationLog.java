package io.k8sdashboard.server.push;

import io.k8sdashboard.server.events.DashboardEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest event of each recent operation seen on this replica (bounded, least recently
 * updated forgotten first), so that a tab that starts following an operation after some of its
 * events went out is told where it stands at once.
 */
final class OperationLog {

    static final int DEFAULT_CAPACITY = 1024;

    private final Map<String, DashboardEvent> latest;

    OperationLog(int capacity) {
        this.latest = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DashboardEvent> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the event for every operation it is addressed to. */
    synchronized void record(DashboardEvent event) {
        for (String operation : event.audience().operations()) {
            latest.put(operation, event);
        }
    }

    synchronized Optional<DashboardEvent> latest(String operation) {
        return Optional.ofNullable(latest.get(operation));
    }
}
