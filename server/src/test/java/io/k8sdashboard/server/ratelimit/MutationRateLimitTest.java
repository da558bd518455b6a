package io.k8sdashboard.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.audit.AuditLog;
import io.k8sdashboard.server.background.UserBoundedExecutor;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import io.k8sdashboard.server.mutations.MutationAttempt;
import io.k8sdashboard.server.mutations.MutationService;
import io.k8sdashboard.server.testing.Fakes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mutations bucket charged where the mutation service performs an attempt (fabric8's CRUD
 * mock as the cluster, the clock standing still so nothing refills): background work pays for
 * each attempt, a REST write pays once (at the filter), and an action's further mutations in
 * the same request pay their own.
 */
class MutationRateLimitTest {

    private static final RequestIdentity ALICE = new RequestIdentity(new UserIdentity("alice", null, List.of()), true);

    static MockCluster mock;
    static KindRegistry registry;

    private final List<MutationAttempt> attempts = new CopyOnWriteArrayList<>();
    private final LocalTokenBuckets buckets = new LocalTokenBuckets(() -> 0L);
    private RateLimiter limiter;
    private MutationService service;
    private final String run = Long.toString(System.nanoTime(), 36);
    private int names;

    @BeforeAll
    static void start() {
        mock = MockCluster.seeded();
        registry = new KindRegistry(() -> List.of(RegisteredKind.of(new ResourceKindProvider() {
            @Override
            public KindDescriptor kind() {
                return new KindDescriptor("", "v1", "ConfigMap", "configmaps", true);
            }

            @Override
            public List<Column> columns() {
                return List.of();
            }
        }, RegisteredKind.PLUGIN)), List::of);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    /** Mutations: a burst of {@code burst} tokens, refilled every 4 s (never, on this clock). */
    private void limit(int burst) {
        limiter = new RateLimiter(bucket -> bucket == Bucket.MUTATIONS ? new Limit(0.25, burst) : Limit.UNLIMITED,
                buckets, null, operation -> { }, bucket -> { });
        service = new MutationService(registry, new KubernetesClients(mock.connection()), List.of(attempts::add, new AuditLog()),
                List.of(new MutationRateLimit(limiter)));
    }

    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final Handler auditCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            audit.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void signIn() {
        CurrentUser.bind(ALICE);
        Logger.getLogger(AuditLog.LOGGER).addHandler(auditCapture);
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
        Logger.getLogger(AuditLog.LOGGER).removeHandler(auditCapture);
    }

    private String create() {
        String name = name(++names);
        Map<String, Object> metadata = new LinkedHashMap<>(Map.of("name", name, "namespace", "shop"));
        service.create("configmaps", new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", metadata)),
                false);
        return name;
    }

    private String name(int n) {
        return "limited-" + run + "-" + n;
    }

    private boolean exists(String name) {
        return mock.client().configMaps().inNamespace("shop").withName(name).get() != null;
    }

    @Test
    void backgroundWorkPaysForEachMutationAndIsRefusedWith429OverTheLimit() throws Exception {
        limit(2);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (UserBoundedExecutor background = new UserBoundedExecutor(threads, 4)) {
            assertThat(background.submit(ALICE, this::create).get(10, TimeUnit.SECONDS)).satisfies(n -> assertThat(exists(n)).isTrue());
            assertThat(background.submit(ALICE, this::create).get(10, TimeUnit.SECONDS)).isNotNull();
            assertThatThrownBy(() -> background.submit(ALICE, this::create).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.bucket()).isEqualTo(Bucket.MUTATIONS);
                        assertThat(e.retryAfterSeconds()).isEqualTo(4);
                    });
        } finally {
            threads.shutdownNow();
        }
        assertThat(attempts).extracting(MutationAttempt::status).containsExactly(201, 201, 429);
        assertThat(attempts.get(2).reason()).isEqualTo("rate-limited");
        assertThat(attempts.get(2).user()).isEqualTo("alice");
        assertThat(audit).hasSize(3);
        assertThat(audit.get(2)).contains("\"user\":\"alice\"", "\"verb\":\"create\"", "\"status\":429", "\"reason\":\"rate-limited\"");
        assertThat(exists(name(3))).as("the refused attempt reached no cluster").isFalse();
        CurrentUser.bind(new RequestIdentity(new UserIdentity("bob", null, List.of()), true));
        assertThat(exists(create())).as("bob has his own bucket").isTrue();
    }

    @Test
    void aRestWriteIsChargedOnceAndAnActionsFurtherMutationsPayTheirOwn() throws Exception {
        limit(3);
        RateLimitFilter filter = new RateLimitFilter(() -> limiter);
        List<RuntimeException> refused = new CopyOnWriteArrayList<>();
        int[] perRequest = {1};
        Fakes.Request post = new Fakes.Request();
        post.method = "POST";
        jakarta.servlet.FilterChain chain = (req, res) -> {
            for (int i = 0; i < perRequest[0]; i++) {
                try {
                    create();
                } catch (RateLimitedException e) {
                    refused.add(e);
                }
            }
        };
        filter.doFilter(post.build(), new Fakes.Response().build(), chain);
        assertThat(refused).isEmpty();
        assertThat(limiter.tryAcquire("alice", Bucket.MUTATIONS).allowed()).as("a token left after one paid write").isTrue();

        perRequest[0] = 2; // one token left: the filter takes it, the first mutation is paid, the second is refused
        filter.doFilter(post.build(), new Fakes.Response().build(), chain);
        assertThat(refused).hasSize(1);
        assertThat(attempts).extracting(MutationAttempt::status).containsExactly(201, 201, 429);

        assertThat(PaidMutation.use()).as("the request's token does not outlive it").isFalse();
        Fakes.Response next = new Fakes.Response();
        filter.doFilter(post.build(), next.build(), chain);
        assertThat(next.status).isEqualTo(429);
        assertThat(next.headers).containsEntry("Retry-After", "4");
    }

}
