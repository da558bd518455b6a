package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Kubernetes call made for a user carries that user's impersonation headers. With the
 * shared read model (the default) a pod list is served from memory: what reaches the API server
 * for the user is the access review (SelfSubjectAccessReview) made as that user, and no LIST of
 * pods impersonating the user. Unique user names keep earlier tests' cached reviews out of the way.
 */
public class ImpersonationIT {

    static final String REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<RecordedRequest> since(int before) {
        return TestCluster.get().requests().stream().skip(before).toList();
    }

    static boolean reviewOf(RecordedRequest r, String user, String namespace) {
        if (!r.getPath().startsWith(REVIEWS) || !user.equals(r.getHeader("Impersonate-User")) || r.getBody() == null) {
            return false;
        }
        String body = new String(r.getBody().getBytes(), StandardCharsets.UTF_8).replaceAll("\\s", "");
        return body.contains("\"namespace\":\"" + namespace + "\"") && body.contains("\"resource\":\"pods\"");
    }

    static boolean userPodList(RecordedRequest r) {
        return r.getPath().contains("/pods") && !r.getPath().contains("watch=true") && r.getHeader("Impersonate-User") != null;
    }

    @Test
    void listingPodsReviewsAccessAsTheUserAndHisGroupsAndListsNothingAsHim() {
        String alice = unique("alice");
        int before = TestCluster.get().requests().size();
        HttpResponse<String> response = Dashboard.get("/api/v1/resources/pods?namespace=team-a", alice, "team-a", "viewers");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"namespace\":\"team-a\"");

        List<RecordedRequest> calls = since(before);
        List<RecordedRequest> reviews = calls.stream().filter(r -> reviewOf(r, alice, "team-a")).toList();
        assertThat(reviews).as("the access review reached the API server as the user").isNotEmpty();
        for (RecordedRequest review : reviews) {
            assertThat(review.getHeaders().headers("Impersonate-Group")).containsExactlyInAnyOrder("team-a", "viewers");
        }
        assertThat(calls).as("the list is served from the read model, not by a LIST as the user").noneMatch(ImpersonationIT::userPodList);
    }

    @Test
    void concurrentUsersDoNotShareImpersonation() {
        String bob = unique("bob");
        String carol = unique("carol");
        int before = TestCluster.get().requests().size();
        assertThat(Dashboard.get("/api/v1/resources/pods?namespace=shop", bob, "viewers").statusCode()).isEqualTo(200);
        assertThat(Dashboard.get("/api/v1/resources/pods?namespace=team-b", carol, "team-b").statusCode()).isEqualTo(200);
        List<RecordedRequest> calls = since(before);
        assertThat(calls).anyMatch(r -> reviewOf(r, bob, "shop"));
        assertThat(calls).anyMatch(r -> reviewOf(r, carol, "team-b"));
        assertThat(calls).noneMatch(r -> reviewOf(r, bob, "team-b"));
        assertThat(calls).filteredOn(r -> r.getPath().startsWith(REVIEWS))
                .allMatch(r -> r.getHeader("Impersonate-User") != null, "every access review impersonates someone");
    }
}
