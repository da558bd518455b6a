package io.k8sdashboard.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    private static final String START = "2026-03-10T12:00:00Z";
    private static final Instant NOW = Instant.parse("2026-03-10T13:00:00Z");

    @Test
    void anEndedSpanHasTheLengthBetweenItsEnds() {
        String span = TimeSpan.of(START, "2026-03-10T12:03:20Z");
        assertThat(span).isEqualTo("2026-03-10T12:00:00Z/2026-03-10T12:03:20Z");
        assertThat(TimeSpan.length(span, NOW)).contains(Duration.ofSeconds(200));
        assertThat(TimeSpan.end(span)).contains(Instant.parse("2026-03-10T12:03:20Z"));
    }

    @Test
    void anOpenSpanIsMeasuredToTheTimeGiven() {
        String span = TimeSpan.of(START, null);
        assertThat(span).isEqualTo(START + "/");
        assertThat(TimeSpan.end(span)).isEmpty();
        assertThat(TimeSpan.length(span, NOW)).contains(Duration.ofHours(1));
        assertThat(TimeSpan.length(span, NOW.plusSeconds(30))).contains(Duration.ofMinutes(60).plusSeconds(30));
    }

    @Test
    void noStartIsNoSpanAndTextIsNotASpan() {
        assertThat(TimeSpan.of(null, "2026-03-10T12:03:20Z")).isNull();
        assertThat(TimeSpan.of("yesterday", null)).isNull();
        assertThat(TimeSpan.of(START, "soon")).isEqualTo(START + "/");
        assertThat(TimeSpan.length("Running", NOW)).isEmpty();
        assertThat(TimeSpan.length(null, NOW)).isEmpty();
        assertThat(TimeSpan.start("a/b")).isEmpty();
    }
}
