package io.k8sdashboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final CircuitBreaker breaker = new CircuitBreaker("kubernetes", 3, Duration.ofSeconds(10), Duration.ofSeconds(5), clock);

    private void fail(int times) throws DependencyUnavailableException {
        for (int i = 0; i < times; i++) {
            breaker.acquire();
            breaker.failure();
        }
    }

    @Test
    void opensAfterConsecutiveFailuresAndFailsFast() throws Exception {
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        fail(1);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(breaker::acquire).isInstanceOf(DependencyUnavailableException.class)
                .satisfies(e -> {
                    DependencyUnavailableException d = (DependencyUnavailableException) e;
                    assertThat(d.dependency()).isEqualTo("kubernetes");
                    assertThat(d.retryAfterSeconds()).isEqualTo(5);
                });
    }

    @Test
    void aSuccessInBetweenOrFailuresFarApartKeepItClosed() throws Exception {
        fail(2);
        breaker.acquire();
        breaker.success();
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        now = now.plusSeconds(11);
        fail(2);
        assertThat(breaker.state()).as("the first two failures are out of the window").isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void halfOpenLetsOneTrialThroughWhoseOutcomeDecides() throws Exception {
        fail(3);
        now = now.plusSeconds(5);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.acquire();
        assertThatThrownBy(breaker::acquire).as("one trial at a time").isInstanceOf(DependencyUnavailableException.class);
        breaker.failure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        now = now.plusSeconds(5);
        breaker.acquire();
        breaker.success();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatCode(breaker::acquire).doesNotThrowAnyException();
    }

    @Test
    void aTrialThatNeverReportsFreesItsSlot() throws Exception {
        fail(3);
        now = now.plusSeconds(5);
        breaker.acquire();
        now = now.plusSeconds(5);
        assertThatCode(breaker::acquire).doesNotThrowAnyException();
    }
}
