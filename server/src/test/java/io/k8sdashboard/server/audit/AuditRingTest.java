package io.k8sdashboard.server.audit;

import static io.k8sdashboard.server.audit.AuditRecords.names;
import static io.k8sdashboard.server.audit.AuditRecords.patch;
import static io.k8sdashboard.server.audit.AuditRecords.refusedAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRingTest {

    @Test
    void pagesAreNewestFirstAndTheContinueTokenLeadsToTheOlderOnesWithoutGapsOrRepeats() {
        AuditRing ring = new AuditRing(100);
        for (int i = 0; i < 7; i++) {
            ring.add(patch("alice", "team-a", "cm-" + i));
        }

        AuditPage first = ring.page(AuditQuery.newest(3));
        assertThat(names(first)).containsExactly("cm-6", "cm-5", "cm-4");
        assertThat(first.continueToken()).isNotNull();

        ring.add(patch("alice", "team-a", "cm-new"));
        AuditPage second = ring.page(new AuditQuery(3, first.continueToken(), null, null, null, null, null));
        assertThat(names(second)).as("a record written meanwhile does not shift the pages").containsExactly("cm-3", "cm-2", "cm-1");
        AuditPage last = ring.page(new AuditQuery(3, second.continueToken(), null, null, null, null, null));
        assertThat(names(last)).containsExactly("cm-0");
        assertThat(last.continueToken()).isNull();
    }

    @Test
    void aFullPageThatIsAlsoTheLastHasNoContinueToken() {
        AuditRing ring = new AuditRing(10);
        ring.add(patch("alice", "team-a", "a"));
        ring.add(patch("alice", "team-a", "b"));

        assertThat(ring.page(AuditQuery.newest(2)).continueToken()).isNull();
    }

    @Test
    void theRingKeepsOnlyTheNewestRecordsUpToItsCapacity() {
        AuditRing ring = new AuditRing(5);
        for (int i = 0; i < 12; i++) {
            ring.add(patch("alice", "team-a", "cm-" + i));
        }

        assertThat(names(ring.page(AuditQuery.newest(100)))).containsExactly("cm-11", "cm-10", "cm-9", "cm-8", "cm-7");
    }

    @Test
    void everyFilterMustMatchAndPagingFollowsTheFilteredRecords() {
        AuditRing ring = new AuditRing(100);
        List<String> bobsInTeamB = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ring.add(patch("alice", "team-a", "a-" + i));
            ring.add(refusedAction("bob", "team-b", "b-" + i));
            bobsInTeamB.add(0, "b-" + i);
        }
        ring.add(patch("bob", "team-a", "bob-in-a"));

        AuditQuery bob = AuditQuery.parse("4", null, "bob", "team-b", "configmaps", "action", "refused");
        List<String> seen = new ArrayList<>();
        AuditPage page = ring.page(bob);
        seen.addAll(names(page));
        while (page.continueToken() != null) {
            page = ring.page(AuditQuery.parse("4", page.continueToken(), "bob", "team-b", "configmaps", "action", "refused"));
            seen.addAll(names(page));
        }
        assertThat(seen).isEqualTo(bobsInTeamB);

        assertThat(names(ring.page(AuditQuery.parse(null, null, "bob", null, null, "patch", null)))).containsExactly("bob-in-a");
        assertThat(ring.page(AuditQuery.parse(null, null, null, null, "deployments.apps", null, null)).items()).isEmpty();
        assertThat(ring.page(AuditQuery.parse(null, null, null, null, null, null, "success")).items()).hasSize(11);
    }
}
