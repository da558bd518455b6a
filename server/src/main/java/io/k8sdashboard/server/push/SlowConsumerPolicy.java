package io.k8sdashboard.server.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decides when a client that keeps overflowing its queue is closed rather than resynced again:
 * at the {@code maxOverflows}-th overflow within {@code window}. Not thread-safe (the outbox guards it).
 */
final class SlowConsumerPolicy {

    static final int MAX_OVERFLOWS = 3;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int maxOverflows;
    private final Duration window;
    private final Deque<Instant> overflows = new ArrayDeque<>();

    SlowConsumerPolicy(Clock clock) {
        this(clock, MAX_OVERFLOWS, WINDOW);
    }

    SlowConsumerPolicy(Clock clock, int maxOverflows, Duration window) {
        this.clock = clock;
        this.maxOverflows = maxOverflows;
        this.window = window;
    }

    /** Records an overflow; true when the client should now be closed. */
    boolean overflowed() {
        Instant now = clock.instant();
        while (!overflows.isEmpty() && !overflows.peekFirst().isAfter(now.minus(window))) {
            overflows.removeFirst();
        }
        overflows.addLast(now);
        return overflows.size() >= maxOverflows;
    }
}
