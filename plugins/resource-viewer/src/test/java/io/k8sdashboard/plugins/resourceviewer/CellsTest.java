package io.k8sdashboard.plugins.resourceviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void humanDurationKeepsKubectlsPrecisionSteps() {
        assertThat(Cells.humanDuration(Duration.ofSeconds(-5))).isEqualTo("<invalid>");
        assertThat(Cells.humanDuration(Duration.ofSeconds(119))).isEqualTo("119s");
        assertThat(Cells.humanDuration(Duration.ofSeconds(125))).isEqualTo("2m5s");
        assertThat(Cells.humanDuration(Duration.ofMinutes(9))).isEqualTo("9m");
        assertThat(Cells.humanDuration(Duration.ofMinutes(179))).isEqualTo("179m");
        assertThat(Cells.humanDuration(Duration.ofMinutes(200))).isEqualTo("3h20m");
        assertThat(Cells.humanDuration(Duration.ofHours(47))).isEqualTo("47h");
        assertThat(Cells.humanDuration(Duration.ofHours(50))).isEqualTo("2d2h");
        assertThat(Cells.humanDuration(Duration.ofDays(30))).isEqualTo("30d");
        assertThat(Cells.humanDuration(Duration.ofDays(800))).isEqualTo("2y70d");
        assertThat(Cells.humanDuration(Duration.ofDays(365 * 9))).isEqualTo("9y");
    }

    @Test
    void humanDurationBetweenApiTimestamps() {
        assertThat(Cells.humanDuration("2025-03-01T10:00:00Z", "2025-03-01T10:00:42Z")).isEqualTo("42s");
        assertThat(Cells.humanDuration(null, "2025-03-01T10:00:42Z")).isNull();
    }

    @Test
    void accessModesFollowKubectlsOrderWithoutDuplicates() {
        assertThat(Cells.accessModes(java.util.List.of("ReadWriteOncePod", "ReadWriteMany", "ReadWriteMany", "ReadWriteOnce")))
                .isEqualTo("RWO,RWX,RWOP");
    }
}
