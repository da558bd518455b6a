package io.k8sdashboard.server.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Bounded polling for what happens on other threads (Redis round trips, reconnects). */
final class Eventually {

    static final Duration GENEROUS = Duration.ofSeconds(15);

    private Eventually() {
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, GENEROUS, condition);
    }

    static void await(String what, Duration bound, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + bound + ": " + what);
            }
            Thread.sleep(10);
        }
    }
}
