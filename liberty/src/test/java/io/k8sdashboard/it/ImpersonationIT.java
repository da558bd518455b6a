package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Kubernetes call made for a user carries that user's impersonation headers. */
public class ImpersonationIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void listingPodsImpersonatesTheUserAndHisGroups() {
        int before = TestCluster.get().requests().size();
        HttpResponse<String> response = Dashboard.get("/api/v1/resources/pods?namespace=team-a", "alice", "team-a", "viewers");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        List<RecordedRequest> podCalls = TestCluster.get().requests().stream().skip(before)
                .filter(r -> r.getPath().startsWith("/api/v1/namespaces/team-a/pods"))
                .toList();
        assertThat(podCalls).as("the list reached the API server").isNotEmpty();
        for (RecordedRequest call : podCalls) {
            assertThat(call.getHeader("Impersonate-User")).isEqualTo("alice");
            assertThat(call.getHeaders().headers("Impersonate-Group")).containsExactlyInAnyOrder("team-a", "viewers");
        }
    }

    @Test
    void concurrentUsersDoNotShareImpersonation() {
        int before = TestCluster.get().requests().size();
        assertThat(Dashboard.get("/api/v1/resources/pods?namespace=shop", "bob", "viewers").statusCode()).isEqualTo(200);
        assertThat(Dashboard.get("/api/v1/resources/pods?namespace=team-b", "carol", "team-b").statusCode()).isEqualTo(200);
        List<RecordedRequest> calls = TestCluster.get().requests().stream().skip(before)
                .filter(r -> r.getPath().contains("/pods")).toList();
        assertThat(calls).anyMatch(r -> r.getPath().startsWith("/api/v1/namespaces/shop/pods") && "bob".equals(r.getHeader("Impersonate-User")));
        assertThat(calls).anyMatch(r -> r.getPath().startsWith("/api/v1/namespaces/team-b/pods") && "carol".equals(r.getHeader("Impersonate-User")));
        assertThat(calls).noneMatch(r -> r.getPath().startsWith("/api/v1/namespaces/team-b/pods") && "bob".equals(r.getHeader("Impersonate-User")));
        assertThat(calls).allMatch(r -> r.getHeader("Impersonate-User") != null, "every pod call impersonates someone");
    }
}
