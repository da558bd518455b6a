package io.k8sdashboard.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kube.ApiCallCounter;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AccessReviewServiceTest {

    static final UserIdentity ALICE = new UserIdentity("alice", null, List.of("team-a", "dev"));

    /** A clock moved by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final List<AccessKey> wireCalls = Collections.synchronizedList(new ArrayList<>());
    final Set<String> allowedNamespaces = Set.of("team-a");
    final ManualClock clock = new ManualClock();

    AccessReviewService service(Duration ttl, int max) {
        return new AccessReviewService((client, key) -> {
            wireCalls.add(key);
            return allowedNamespaces.contains(key.namespace());
        }, clock, ttl, max);
    }

    @Test
    void decisionsAreCachedUntilTheyExpire() {
        AccessReviewService reviews = service(Duration.ofSeconds(30), 100);
        assertThat(reviews.allowed(ALICE, "list", "", "pods", "team-a")).isTrue();
        assertThat(reviews.allowed(ALICE, "list", "", "pods", "team-b")).isFalse();
        clock.advance(Duration.ofSeconds(29));
        assertThat(reviews.allowed(ALICE, "list", "", "pods", "team-a")).isTrue();
        assertThat(reviews.allowed(ALICE, "list", "", "pods", "team-b")).isFalse();
        assertThat(wireCalls).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(reviews.allowed(ALICE, "list", "", "pods", "team-a")).isTrue();
        assertThat(wireCalls).hasSize(3);
    }

    @Test
    void theKeyHoldsUserGroupsAndEveryAttributeButNotGroupOrder() {
        AccessReviewService reviews = service(Duration.ofSeconds(30), 100);
        reviews.allowed(ALICE, "list", "", "pods", "team-a");
        reviews.allowed(new UserIdentity("alice", "a@example.com", List.of("dev", "team-a", "dev")), "list", "", "pods", "team-a");
        assertThat(wireCalls).hasSize(1);
        reviews.allowed(new UserIdentity("alice", null, List.of("team-a")), "list", "", "pods", "team-a");
        reviews.allowed(new UserIdentity("bob", null, List.of("team-a", "dev")), "list", "", "pods", "team-a");
        reviews.allowed(ALICE, "watch", "", "pods", "team-a");
        reviews.allowed(ALICE, "list", "apps", "pods", "team-a");
        reviews.allowed(ALICE, "list", "", "deployments", "team-a");
        reviews.allowed(ALICE, "list", "", "pods", "");
        assertThat(wireCalls).hasSize(7);
    }

    @Test
    void theCacheStaysWithinItsBound() {
        AccessReviewService reviews = service(Duration.ofSeconds(30), 3);
        for (int i = 0; i < 10; i++) {
            reviews.allowed(ALICE, "list", "", "pods", "ns-" + i);
            assertThat(reviews.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aZeroTimeToLiveCachesNothing() {
        AccessReviewService reviews = service(Duration.ZERO, 100);
        reviews.allowed(ALICE, "list", "", "pods", "team-a");
        reviews.allowed(ALICE, "list", "", "pods", "team-a");
        assertThat(wireCalls).hasSize(2);
        assertThat(reviews.size()).isZero();
    }

    @Test
    void allowedInKeepsTheOrderAndAsksEachNamespaceOnce() {
        AccessReviewService reviews = service(Duration.ofSeconds(30), 100);
        List<String> namespaces = List.of("default", "team-a", "team-b", "zeta");
        try {
            assertThat(reviews.allowedIn(ALICE, "list", "", "pods", namespaces)).containsExactly("team-a");
            assertThat(reviews.allowedIn(ALICE, "list", "", "pods", namespaces)).containsExactly("team-a");
            assertThat(wireCalls).extracting(AccessKey::namespace).containsExactlyInAnyOrderElementsOf(namespaces);
        } finally {
            reviews.shutdown();
        }
    }

    @Test
    void wireFailuresPropagateAndAreNotCached() {
        int[] calls = {0};
        AccessReviewService reviews = new AccessReviewService((client, key) -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("API server down");
            }
            return true;
        }, clock, Duration.ofSeconds(30), 100);
        assertThatThrownBy(() -> reviews.allowed(ALICE, "list", "", "pods", "team-a")).hasMessageContaining("down");
        assertThat(reviews.allowed(ALICE, "list", "", "pods", "team-a")).isTrue();
    }

    /** RBAC's resourceNames: a right on one object is asked (and cached) for that object's name. */
    @Test
    void aRightOnOneNamedObjectIsAskedAndCachedPerName() {
        AccessReviewService reviews = new AccessReviewService((client, key) -> {
            wireCalls.add(key);
            return key.name().equals("settings");
        }, clock, Duration.ofSeconds(30), 100);
        for (int i = 0; i < 2; i++) {
            assertThat(reviews.allowed(ALICE, "get", "", "configmaps", "team-a", "settings")).isTrue();
            assertThat(reviews.allowed(ALICE, "get", "", "configmaps", "team-a", "neighbour")).isFalse();
            assertThat(reviews.allowed(ALICE, "get", "", "configmaps", "team-a")).isFalse();
        }
        assertThat(wireCalls).extracting(AccessKey::name).containsExactly("", "settings", "neighbour");
        assertThat(AccessKey.of(ALICE, "get", "", "configmaps", "team-a", "settings").id())
                .isNotEqualTo(AccessKey.of(ALICE, "get", "", "configmaps", "team-a", "neighbour").id())
                .isNotEqualTo(AccessKey.of(ALICE, "get", "", "configmaps", "team-a").id());
    }

    @Test
    void aRightOnEveryObjectAnswersForEachNameWithOneReview() {
        AccessReviewService reviews = service(Duration.ofSeconds(30), 100);
        assertThat(reviews.allowed(ALICE, "get", "", "configmaps", "team-a", "one")).isTrue();
        assertThat(reviews.allowed(ALICE, "get", "", "configmaps", "team-a", "two")).isTrue();
        assertThat(wireCalls).extracting(AccessKey::name).containsExactly("");
    }

    @Test
    void theReviewOfANamedObjectCarriesTheName() throws Exception {
        try (MockCluster mock = MockCluster.empty(ApiCallCounter.NONE)) {
            KubernetesClients clients = new KubernetesClients(mock.connection());
            CurrentUser.bind(new CurrentUser.RequestIdentity(ALICE, true));
            try {
                AccessReviewService.selfSubjectAccessReview(clients.forCurrentUser(),
                        AccessKey.of(ALICE, "get", "", "configmaps", "team-a", "settings"));
            } finally {
                CurrentUser.clear();
            }
            RecordedRequest request = null;
            for (RecordedRequest r; (r = mock.server().takeRequest(1, TimeUnit.SECONDS)) != null; ) {
                request = r;
            }
            assertThat(request).isNotNull();
            assertThat(request.getBody().readUtf8()).contains("\"resource\":\"configmaps\"").contains("\"namespace\":\"team-a\"")
                    .contains("\"name\":\"settings\"");
        }
    }

    @Test
    void theReviewIsASelfSubjectAccessReviewMadeAsTheUser() throws Exception {
        try (MockCluster mock = MockCluster.empty(ApiCallCounter.NONE)) {
            KubernetesClients clients = new KubernetesClients(mock.connection());
            CurrentUser.bind(new CurrentUser.RequestIdentity(ALICE, true));
            try {
                AccessKey key = AccessKey.of(ALICE, "get", "", "namespaces", "team-a");
                // The demo cluster answers every review "allowed".
                assertThat(AccessReviewService.selfSubjectAccessReview(clients.forCurrentUser(), key)).isTrue();
            } finally {
                CurrentUser.clear();
            }
            RecordedRequest request = null;
            for (RecordedRequest r; (r = mock.server().takeRequest(1, TimeUnit.SECONDS)) != null; ) {
                request = r;
            }
            assertThat(request).isNotNull();
            assertThat(request.getPath()).isEqualTo("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
            assertThat(request.getHeader("Impersonate-User")).isEqualTo("alice");
            assertThat(request.getHeaders().headers("Impersonate-Group")).containsExactlyInAnyOrder("team-a", "dev");
            assertThat(request.getBody().readUtf8()).contains("\"verb\":\"get\"").contains("\"resource\":\"namespaces\"")
                    .contains("\"namespace\":\"team-a\"").contains("\"name\":\"team-a\"");
        }
    }
}
