package io.k8sdashboard.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final List<String> lines = new ArrayList<>();
    private final LogThrottle throttle = new LogThrottle(lines::add, now::get, Duration.ofMinutes(1), 3);

    @Test
    void oneLinePerPeerPerMinuteWithTheCountOfTheRest() {
        for (int i = 0; i < 500; i++) {
            throttle.log("10.0.0.1", () -> "refused 10.0.0.1");
        }
        assertThat(lines).containsExactly("refused 10.0.0.1");
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        throttle.log("10.0.0.1", () -> "refused 10.0.0.1");
        assertThat(lines).hasSize(1);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        throttle.log("10.0.0.1", () -> "refused 10.0.0.1");
        assertThat(lines).containsExactly("refused 10.0.0.1",
                "refused 10.0.0.1 (500 similar lines suppressed since the last one)");
    }

    @Test
    void peersAreThrottledApart() {
        throttle.log("10.0.0.1", () -> "a");
        throttle.log("10.0.0.2", () -> "b");
        throttle.log("10.0.0.1", () -> "a");
        assertThat(lines).containsExactly("a", "b");
    }

    @Test
    void manyPeersShareOneLineOnceTheMapIsFull() {
        for (int i = 0; i < 1000; i++) {
            String peer = "10.0.%d.%d".formatted(i / 256, i % 256);
            throttle.log(peer, () -> "refused " + peer);
        }
        // three tracked peers, then one line for all the others
        assertThat(lines).containsExactly("refused 10.0.0.0", "refused 10.0.0.1", "refused 10.0.0.2", "refused 10.0.0.3");
    }
}
