package io.k8sdashboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.redis.FallbackCounter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read the audit: the members of the configured readers group, checked before any parameter. */
class AuditResourceTest {

    private final AuditResource resource = new AuditResource();

    @BeforeEach
    void setUp() {
        AuditSettings settings = new AuditSettings();
        settings.readersGroup = "sre";
        resource.settings = settings;
        resource.store = new AuditStore(10, null, 1, FallbackCounter.NONE);
        resource.store.append(AuditRecords.patch("alice", "team-a", "cm"));
    }

    @AfterEach
    void tearDown() {
        CurrentUser.clear();
    }

    private static void signIn(String user, String... groups) {
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity(user, null, List.of(groups)), true));
    }

    @Test
    void aMemberOfTheConfiguredGroupReadsTheRecords() {
        signIn("sam", "sre");

        assertThat(AuditRecords.names(resource.list(null, null, null, null, null, null, null))).containsExactly("cm");
        assertThatThrownBy(() -> resource.list("0", null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void anyoneElseIsA403NamingTheGroupAlsoForBadParameters() {
        signIn("audrey", "dashboard-auditors");

        assertThatThrownBy(() -> resource.list(null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("\"sre\"");
                });
        assertThatThrownBy(() -> resource.list("0", null, null, null, null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
