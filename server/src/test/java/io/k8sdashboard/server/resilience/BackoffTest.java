package io.k8sdashboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(3, Duration.ofMillis(200), Duration.ofMillis(500));

    @Test
    void attemptsAreBounded() {
        assertThat(backoff.mayRetryAfter(1)).isTrue();
        assertThat(backoff.mayRetryAfter(2)).isTrue();
        assertThat(backoff.mayRetryAfter(3)).isFalse();
    }

    @Test
    void delaysGrowExponentiallyUpToTheCapWithFullJitter() {
        long max1 = 0;
        long max3 = 0;
        long min3 = Long.MAX_VALUE;
        for (int i = 0; i < 2_000; i++) {
            max1 = Math.max(max1, backoff.delayAfter(1).toMillis());
            long d3 = backoff.delayAfter(3).toMillis();
            max3 = Math.max(max3, d3);
            min3 = Math.min(min3, d3);
        }
        assertThat(max1).isBetween(150L, 200L);
        assertThat(max3).as("800 ms capped at 500").isBetween(450L, 500L);
        assertThat(min3).as("full jitter reaches down to 0").isLessThan(50L);
    }

    @Test
    void aRetryAfterAboveTheCapIsNotWaitedFor() {
        assertThat(backoff.honour(Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(backoff.honour(Duration.ofSeconds(1))).isNull();
    }
}
