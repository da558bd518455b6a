package io.k8sdashboard.plugins.resourceviewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void accessModesFollowKubectlsOrderWithoutDuplicates() {
        assertThat(Cells.accessModes(java.util.List.of("ReadWriteOncePod", "ReadWriteMany", "ReadWriteMany", "ReadWriteOnce")))
                .isEqualTo("RWO,RWX,RWOP");
    }
}
