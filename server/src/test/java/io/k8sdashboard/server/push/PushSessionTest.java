package io.k8sdashboard.server.push;

import static io.k8sdashboard.server.push.PushFixtures.ALICE;
import static io.k8sdashboard.server.push.PushFixtures.change;
import static io.k8sdashboard.server.push.PushFixtures.json;
import static io.k8sdashboard.server.push.PushFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.events.EventAudience;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.ratelimit.Bucket;
import io.k8sdashboard.server.ratelimit.Limit;
import io.k8sdashboard.server.ratelimit.LocalTokenBuckets;
import io.k8sdashboard.server.ratelimit.RateLimits;
import io.k8sdashboard.server.readmodel.ChangeType;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A session end to end with fakes: the read model, RBAC, the socket (whose sends complete when
 * the test says so) and a clock moved by hand. Sends run on the calling thread.
 */
class PushSessionTest {

    private final PushFixtures.FakeFeed feed = new PushFixtures.FakeFeed();
    private final PushFixtures.Rbac rbac = new PushFixtures.Rbac();
    private final PushFixtures.FakeOutlet outlet = new PushFixtures.FakeOutlet();
    private final PushFixtures.HandClock clock = new PushFixtures.HandClock();

    private final OperationLog operations = new OperationLog(16);

    /** Subscribe-message limits; none unless a test sets them. */
    private RateLimits rateLimits = RateLimits.NONE;

    private PushSession session(int queueSize, int maxSubscriptions, int pageSize) {
        return session(ALICE, outlet, queueSize, maxSubscriptions, pageSize);
    }

    private PushSession session(UserIdentity user, PushFixtures.FakeOutlet out, int queueSize, int maxSubscriptions, int pageSize) {
        PushSettings settings = new PushSettings(null, true, 20, queueSize, 8192, maxSubscriptions, pageSize);
        PushServices services = new PushServices(settings, PushFixtures::kind, () -> feed,
                new SubscriptionAuthorizer(rbac, rbac), Runnable::run, clock, new PushMetrics(), operations,
                rateLimits);
        return new PushSession(new RequestIdentity(user, true), services, out);
    }

    private PushSession session() {
        return session(1000, 32, 500);
    }

    private static String subscribe(String id, String namespace) {
        return "{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"kind\":\"pods\""
                + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"") + "}";
    }

    private List<JsonObject> sent() {
        return outlet.sent.stream().map(PushFixtures::json).toList();
    }

    private JsonObject last() {
        return json(outlet.sent.get(outlet.sent.size() - 1));
    }

    @Test
    void aSubscriptionGetsAPagedSnapshotThenChanges() {
        rbac.stream("pods", "team-a");
        for (int i = 0; i < 5; i++) {
            feed.rows.add(row("team-a", "web-" + i, Map.of("app", "web")));
        }
        feed.rows.add(row("team-b", "other", Map.of()));
        PushSession session = session(1000, 32, 2);
        session.receive(subscribe("s1", "team-a"));

        List<JsonObject> snapshot = sent();
        assertThat(snapshot).extracting(m -> m.getString("type")).containsOnly("snapshot");
        assertThat(snapshot).extracting(m -> m.getInt("page")).containsExactly(0, 1, 2);
        assertThat(snapshot).extracting(m -> m.getBoolean("last")).containsExactly(false, false, true);
        assertThat(snapshot.stream().mapToInt(m -> m.getJsonArray("rows").size()).sum()).isEqualTo(5);
        assertThat(feed.queries.get(0).namespaces()).containsExactly("team-a");

        feed.emit(change(ChangeType.CREATED, "team-a", "web-9", "101", Map.of("app", "web")));
        JsonObject created = last();
        assertThat(created.getString("type")).isEqualTo("resource:created");
        assertThat(created.getString("id")).isEqualTo("s1");
        assertThat(created.getString("name")).isEqualTo("web-9");
        assertThat(created.getString("resourceVersion")).isEqualTo("101");
    }

    @Test
    void changesOutsideTheNamespacesOrSelectorAreNotSent() {
        rbac.stream("pods", "team-a");
        PushSession session = session();
        session.receive("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"namespace\":\"team-a\",\"labelSelector\":\"app=web\"}");
        int before = outlet.sent.size();
        feed.emit(change(ChangeType.CREATED, "team-b", "x", "1", Map.of("app", "web")));
        feed.emit(change(ChangeType.CREATED, "team-a", "y", "2", Map.of("app", "db")));
        assertThat(outlet.sent).hasSize(before);
        feed.emit(change(ChangeType.UPDATED, "team-a", "z", "3", Map.of("app", "web")));
        assertThat(outlet.sent).hasSize(before + 1);
    }

    @Test
    void changesQueuedBehindASlowClientCoalesce() {
        rbac.stream("pods", "team-a");
        outlet.autoComplete = false;
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        // The snapshot page is in flight; these wait behind it.
        feed.emit(change(ChangeType.CREATED, "team-a", "a", "1", Map.of()));
        feed.emit(change(ChangeType.UPDATED, "team-a", "a", "2", Map.of()));
        feed.emit(change(ChangeType.CREATED, "team-a", "b", "3", Map.of()));
        feed.emit(change(ChangeType.DELETED, "team-a", "b", "4", Map.of()));
        outlet.drain();
        assertThat(outlet.types()).containsExactly("snapshot", "resource:created");
        assertThat(last().getString("resourceVersion")).isEqualTo("2");
    }

    @Test
    void theSubscriptionIsActingAsTheUser() {
        rbac.stream("pods", "team-a");
        session().receive(subscribe("s1", "team-a"));
        assertThat(rbac.askedBy).isNotEmpty().containsOnly("alice");
        assertThat(CurrentUser.get()).as("unbound after the message").isEmpty();
    }

    @Test
    void aForbiddenNamespaceIsA403AndNoListenerStays() {
        rbac.stream("pods", "team-a");
        session().receive(subscribe("s1", "team-b"));
        JsonObject error = last();
        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getString("id")).isEqualTo("s1");
        assertThat(error.getInt("status")).isEqualTo(403);
        assertThat(error.getBoolean("ended")).isTrue();
        assertThat(feed.listeners).isEmpty();
    }

    @Test
    void allNamespacesStreamOnlyTheReadableOnes() {
        rbac.stream("pods", "team-a");
        feed.rows.add(row("team-a", "a", Map.of()));
        feed.rows.add(row("team-b", "b", Map.of()));
        session().receive(subscribe("s1", null));
        assertThat(last().getJsonArray("rows")).hasSize(1);
        feed.emit(change(ChangeType.CREATED, "team-b", "b2", "5", Map.of()));
        assertThat(outlet.sent).hasSize(1);
    }

    @Test
    void badMessagesGetAnErrorAndTheSessionKeepsWorking() {
        rbac.stream("pods", "team-a");
        PushSession session = session();
        session.receive("{not json");
        assertThat(last().getString("type")).isEqualTo("error");
        assertThat(last().getInt("status")).isEqualTo(400);
        session.receive("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"nope\"}");
        assertThat(last().getInt("status")).isEqualTo(404);
        assertThat(last().getBoolean("ended")).isTrue();
        session.receive("{\"type\":\"ping\"}");
        assertThat(last().getString("type")).isEqualTo("pong");
        session.receive(subscribe("s1", "team-a"));
        assertThat(last().getString("type")).isEqualTo("snapshot");
        session.receive(subscribe("s1", "team-a"));
        assertThat(last().getInt("status")).isEqualTo(400);
        assertThat(last().getString("field")).isEqualTo("id");
        assertThat(last().containsKey("ended")).as("s1 still runs").isFalse();
    }

    @Test
    void subscriptionsPerSessionAreLimited() {
        rbac.stream("pods", "team-a");
        PushSession session = session(1000, 2, 500);
        session.receive(subscribe("s1", "team-a"));
        session.receive(subscribe("s2", "team-a"));
        session.receive(subscribe("s3", "team-a"));
        assertThat(last().getInt("status")).isEqualTo(429);
        assertThat(session.subscriptionIds()).containsExactlyInAnyOrder("s1", "s2");
        session.receive("{\"type\":\"unsubscribe\",\"id\":\"s1\"}");
        session.receive(subscribe("s3", "team-a"));
        assertThat(session.subscriptionIds()).containsExactlyInAnyOrder("s2", "s3");
    }

    @Test
    void subscribeMessagesOverTheUsersRateLimitAreRefusedWith429() {
        rbac.stream("pods", "team-a");
        LocalTokenBuckets buckets = new LocalTokenBuckets(() -> 0L); // the clock stands still: no refill
        rateLimits = (user, bucket) -> bucket == Bucket.SUBSCRIPTIONS
                ? buckets.tryAcquire(user, Limit.perMinute(2, 2)) : buckets.tryAcquire(user, Limit.UNLIMITED);
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        session.receive("{\"type\":\"unsubscribe\",\"id\":\"s1\"}");
        session.receive(subscribe("s2", "team-a"));
        session.receive(subscribe("s3", "team-a"));
        JsonObject error = last();
        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getInt("status")).isEqualTo(429);
        assertThat(error.getString("id")).isEqualTo("s3");
        assertThat(error.getString("problem")).isEqualTo("rate-limited");
        assertThat(error.getJsonNumber("retryAfterSeconds").longValue()).isEqualTo(30);
        assertThat(error.getString("detail")).contains("'subscriptions'").contains("retry after 30 s");
        assertThat(error.getBoolean("ended")).as("s3 never started").isTrue();
        assertThat(session.subscriptionIds()).containsExactly("s2");
    }

    @Test
    void unsubscribeStopsTheListenerAndDropsWhatWasPending() {
        rbac.stream("pods", "team-a");
        outlet.autoComplete = false;
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        feed.emit(change(ChangeType.CREATED, "team-a", "a", "1", Map.of()));
        session.receive("{\"type\":\"unsubscribe\",\"id\":\"s1\"}");
        outlet.drain();
        assertThat(outlet.types()).containsExactly("snapshot");
        assertThat(feed.listeners).isEmpty();
        assertThat(feed.closedRegistrations).isEqualTo(1);
    }

    @Test
    void aModelResyncSendsResyncThenAFreshSnapshot() {
        rbac.stream("pods", "team-a");
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        feed.resync();
        assertThat(outlet.types()).containsExactly("snapshot", "resync", "snapshot");
        assertThat(sent().get(1).getString("id")).isEqualTo("s1");
    }

    @Test
    void overflowDropsPendingEventsAndResyncs() {
        rbac.stream("pods", "team-a");
        outlet.autoComplete = false;
        PushSession session = session(3, 32, 500);
        session.receive(subscribe("s1", "team-a"));
        for (int i = 0; i < 4; i++) {
            feed.emit(change(ChangeType.CREATED, "team-a", "p" + i, String.valueOf(i), Map.of()));
        }
        outlet.drain();
        assertThat(outlet.types()).containsExactly("snapshot", "resync", "snapshot");
        assertThat(outlet.closeCode).isNull();
    }

    @Test
    void aClientThatOverflowsThreeTimesInAMinuteIsClosed() {
        rbac.stream("pods", "team-a");
        outlet.autoComplete = false;
        PushSession session = session(3, 32, 500);
        session.receive(subscribe("s1", "team-a"));
        int rv = 0;
        for (int overflow = 1; overflow <= 3; overflow++) {
            // The client catches up, then falls behind again: one in flight + 3 queued + 1 too many.
            outlet.drain();
            for (int i = 0; i < 5; i++) {
                feed.emit(change(ChangeType.CREATED, "team-a", "p" + rv, String.valueOf(rv++), Map.of()));
            }
            clock.advance(Duration.ofSeconds(20));
            if (overflow < 3) {
                assertThat(outlet.closeCode).as("after overflow " + overflow).isNull();
            }
        }
        assertThat(outlet.closeCode).isEqualTo(1008);
        assertThat(outlet.closeReason).contains("slow");
    }

    @Test
    void overflowsFurtherApartThanAMinuteOnlyResync() {
        rbac.stream("pods", "team-a");
        outlet.autoComplete = false;
        PushSession session = session(3, 32, 500);
        session.receive(subscribe("s1", "team-a"));
        int rv = 0;
        for (int overflow = 1; overflow <= 4; overflow++) {
            outlet.drain();
            for (int i = 0; i < 5; i++) {
                feed.emit(change(ChangeType.CREATED, "team-a", "p" + rv, String.valueOf(rv++), Map.of()));
            }
            clock.advance(Duration.ofSeconds(31));
        }
        assertThat(outlet.closeCode).isNull();
        outlet.drain();
        assertThat(outlet.types().stream().filter("resync"::equals)).hasSize(4);
    }

    @Test
    void revokedAccessEndsTheStreamAtTheNextRecheck() {
        rbac.stream("pods", "team-a");
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        session.recheck();
        assertThat(outlet.types()).containsExactly("snapshot");
        rbac.revoke("watch", "pods", "team-a");
        session.recheck();
        JsonObject error = last();
        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getInt("status")).isEqualTo(403);
        assertThat(error.getString("id")).isEqualTo("s1");
        assertThat(error.getBoolean("ended")).isTrue();
        assertThat(session.subscriptionIds()).isEmpty();
        assertThat(feed.listeners).isEmpty();
        int before = outlet.sent.size();
        feed.emit(change(ChangeType.CREATED, "team-a", "late", "9", Map.of()));
        assertThat(outlet.sent).hasSize(before);
    }

    @Test
    void aNarrowedNamespaceSetResyncsTheAllNamespacesStream() {
        rbac.stream("pods", "team-a").stream("pods", "team-b");
        feed.rows.add(row("team-a", "a", Map.of()));
        feed.rows.add(row("team-b", "b", Map.of()));
        PushSession session = session();
        session.receive(subscribe("s1", null));
        assertThat(last().getJsonArray("rows")).hasSize(2);
        rbac.revoke("list", "pods", "team-b");
        session.recheck();
        assertThat(outlet.types()).containsExactly("snapshot", "resync", "snapshot");
        assertThat(last().getJsonArray("rows")).hasSize(1);
        int before = outlet.sent.size();
        feed.emit(change(ChangeType.UPDATED, "team-b", "b", "7", Map.of()));
        assertThat(outlet.sent).hasSize(before);
    }

    @Test
    void aSnapshotThatCannotBeReadEndsTheSubscriptionWithA503() {
        rbac.stream("pods", "team-a");
        feed.failPages = new io.k8sdashboard.plugin.api.DashboardException(503, "read-model-unavailable", "Unavailable", "not synced");
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        assertThat(last().getInt("status")).isEqualTo(503);
        assertThat(last().getBoolean("ended")).isTrue();
        assertThat(session.subscriptionIds()).isEmpty();
        assertThat(feed.listeners).isEmpty();
    }

    private DashboardEvent progress(String operation, String startedBy, String state) {
        return new DashboardEvent("deployment:progress", "demo", Map.of("operationId", operation, "state", state),
                clock.instant(), EventAudience.operation(operation).and(EventAudience.user(startedBy)), false);
    }

    @Test
    void progressReachesTheTabsOfItsUserAndOfItsFollowersOnlyOnceEach() {
        PushFixtures.FakeOutlet bobsTab = new PushFixtures.FakeOutlet();
        PushFixtures.FakeOutlet carolsTab = new PushFixtures.FakeOutlet();
        PushSession alice = session();
        PushSession bob = session(new UserIdentity("bob", null, List.of()), bobsTab, 1000, 32, 500);
        PushSession carol = session(new UserIdentity("carol", null, List.of()), carolsTab, 1000, 32, 500);
        alice.receive("{\"type\":\"follow\",\"operation\":\"op-1\"}");
        bob.receive("{\"type\":\"follow\",\"operation\":\"op-1\"}");
        carol.receive("{\"type\":\"follow\",\"operation\":\"op-2\"}");

        for (PushSession session : List.of(alice, bob, carol)) {
            session.offer(progress("op-1", "alice", "running"));
        }

        assertThat(outlet.types()).containsExactly("deployment:progress");
        JsonObject event = last();
        assertThat(event.containsKey("id")).isFalse();
        assertThat(event.getString("source")).isEqualTo("demo");
        assertThat(event.getJsonObject("payload").getString("operationId")).isEqualTo("op-1");
        assertThat(bobsTab.types()).as("bob follows op-1").containsExactly("deployment:progress");
        assertThat(carolsTab.types()).as("carol neither started nor follows op-1").isEmpty();
    }

    @Test
    void eventsForAUserReachThatUsersTabsWithoutFollowing() {
        PushFixtures.FakeOutlet bobsTab = new PushFixtures.FakeOutlet();
        PushSession alice = session();
        PushSession bob = session(new UserIdentity("bob", null, List.of()), bobsTab, 1000, 32, 500);
        DashboardEvent forAlice = new DashboardEvent("job:done", "demo", Map.of(), clock.instant(), EventAudience.user("alice"), false);
        alice.offer(forAlice);
        bob.offer(forAlice);
        assertThat(outlet.types()).containsExactly("job:done");
        assertThat(bobsTab.types()).isEmpty();
    }

    @Test
    void followingAnOperationSendsItsLatestEventAtOnce() {
        operations.record(progress("op-1", "someone", "running"));
        operations.record(progress("op-1", "someone", "succeeded"));
        PushSession session = session();
        session.receive("{\"type\":\"follow\",\"operation\":\"op-1\"}");
        assertThat(outlet.types()).containsExactly("deployment:progress");
        assertThat(last().getJsonObject("payload").getString("state")).isEqualTo("succeeded");
        session.receive("{\"type\":\"follow\",\"operation\":\"op-unknown\"}");
        assertThat(outlet.types()).containsExactly("deployment:progress");
        assertThat(session.followedOperations()).containsExactlyInAnyOrder("op-1", "op-unknown");
    }

    @Test
    void aTabFollowsABoundedNumberOfOperations() {
        PushSession session = session(1000, 2, 500);
        session.receive("{\"type\":\"follow\",\"operation\":\"op-1\"}");
        session.receive("{\"type\":\"follow\",\"operation\":\"op-2\"}");
        session.receive("{\"type\":\"follow\",\"operation\":\"op-3\"}");
        assertThat(last().getString("type")).isEqualTo("error");
        assertThat(last().getInt("status")).isEqualTo(429);
        assertThat(session.followedOperations()).containsExactlyInAnyOrder("op-1", "op-2");
    }

    @Test
    void kindAndNamespaceEventsStopWhenTheReadRightIsRevoked() {
        rbac.stream("pods", "team-a").stream("pods", "team-b");
        PushSession session = session();
        session.receive(subscribe("s1", null));
        DashboardEvent inTeamB = new DashboardEvent("pod:restarted", "demo", Map.of(), clock.instant(),
                EventAudience.resources("pods", "team-b"), false);
        session.offer(inTeamB);
        assertThat(last().getString("type")).isEqualTo("pod:restarted");
        assertThat(last().getString("id")).isEqualTo("s1");

        rbac.revoke("list", "pods", "team-b");
        session.recheck();
        int before = outlet.sent.size();
        session.offer(inTeamB);
        assertThat(outlet.sent).as("team-b is no longer readable").hasSize(before);
    }

    @Test
    void busEventsReachSubscriptionsOfTheirKindAndNamespace() {
        rbac.stream("pods", "team-a");
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        session.offer(new DashboardEvent("pod:restarted", "core", Map.of("kind", "pods", "namespace", "team-b"), clock.instant()));
        session.offer(new DashboardEvent("pod:noted", "core", Map.of("percent", 5), clock.instant()));
        assertThat(outlet.types()).as("another namespace, and no addressee at all").containsExactly("snapshot");
        session.offer(new DashboardEvent("pod:restarted", "core", Map.of("kind", "Pod", "namespace", "team-a"), clock.instant()));
        assertThat(last().getString("type")).isEqualTo("pod:restarted");
        assertThat(last().getString("id")).isEqualTo("s1");
        assertThat(last().getJsonObject("payload").getString("namespace")).isEqualTo("team-a");
    }

    @Test
    void closingStopsEveryListener() {
        rbac.stream("pods", "team-a");
        PushSession session = session();
        session.receive(subscribe("s1", "team-a"));
        session.receive(subscribe("s2", "team-a"));
        session.close();
        assertThat(feed.listeners).isEmpty();
        int before = outlet.sent.size();
        session.receive("{\"type\":\"ping\"}");
        assertThat(outlet.sent).hasSize(before);
    }
}
