package io.k8sdashboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static void refused(String field, Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void eachBadParameterIsRefusedNamingIt() {
        refused("limit", () -> AuditQuery.parse("0", null, null, null, null, null, null));
        refused("limit", () -> AuditQuery.parse("ten", null, null, null, null, null, null));
        refused("continue", () -> AuditQuery.parse(null, "x123", null, null, null, null, null));
        refused("continue", () -> AuditQuery.parse(null, "r12", null, null, null, null, null));
        refused("continue", () -> AuditQuery.parse(null, "m9999999999999999999", null, null, null, null, null));
        refused("continue", () -> AuditQuery.parse(null, "r9999999999999999999-0", null, null, null, null, null));
        refused("continue", () -> AuditQuery.parse(null, "r1-9999999999999999999", null, null, null, null, null));
        refused("user", () -> AuditQuery.parse(null, null, "", null, null, null, null));
        refused("user", () -> AuditQuery.parse(null, null, "a\nb", null, null, null, null));
        refused("namespace", () -> AuditQuery.parse(null, null, null, "Team_A", null, null, null));
        refused("kind", () -> AuditQuery.parse(null, null, null, null, "config maps", null, null));
        refused("verb", () -> AuditQuery.parse(null, null, null, null, null, "get", null));
        refused("outcome", () -> AuditQuery.parse(null, null, null, null, null, null, "denied"));
    }

    @Test
    void absentParametersMeanEveryRecordAndTheDefaultPageSize() {
        AuditQuery query = AuditQuery.parse(null, null, null, null, null, null, null);

        assertThat(query.limit()).isEqualTo(AuditQuery.DEFAULT_LIMIT);
        assertThat(query.matches(AuditRecords.patch("anyone", "ns", "n"))).isTrue();
        assertThat(AuditQuery.parse(null, "m42", null, null, null, null, null).continuesRing()).isTrue();
        assertThat(AuditQuery.parse(null, "r1700000000000-3", null, null, null, null, null).continuesRing()).isFalse();
    }

    @Test
    void theLargestTokenThePatternAdmitsIsAPageNotAFailure() {
        AuditRing ring = new AuditRing(4);
        ring.add(AuditRecords.patch("alice", "ns", "n"));
        AuditQuery query = AuditQuery.parse(null, "m999999999999999999", null, null, null, null, null);

        assertThat(ring.page(query).items()).hasSize(1);
        assertThat(AuditQuery.parse(null, "r999999999999999999-999999999999999999", null, null, null, null, null).continueToken())
                .isNotNull();
    }
}
