package io.k8sdashboard.server.access;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.kube.KubernetesClients;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access decisions from the API server: a SelfSubjectAccessReview created through the current
 * user's client ({@link KubernetesClients#forCurrentUser()}: impersonating in proxy mode, so the
 * API server answers for that user and group set; in local mode the answer is the dashboard's
 * own). Decisions are cached per (user, groups, verb, group, resource, namespace) for
 * {@code dashboard.access.cache-seconds} (default 30) in a bounded in-process map; a revoked
 * right is therefore honoured within that time. (Issue 4 moves this cache to Redis.)
 *
 * <p>Only answers are cached: a review that fails (API server unreachable...) propagates and is
 * asked again next time. A review the API server refuses with 403 counts as "not allowed".
 *
 * <p>Callers must pass the current request's user: the cache is keyed by it, and the review is
 * made with the current request's client.
 */
@ApplicationScoped
public class AccessReviewService implements AccessReviewer {

    /** At most this many decisions are held; beyond, expired ones are dropped, then all. */
    static final int MAX_ENTRIES = 10_000;
    /** Reviews asked at once by {@link #allowedIn} (a namespace list can be long). */
    static final int PARALLELISM = 4;

    /** Asks the API server (or, in tests, a fake) one question with a given client. */
    @FunctionalInterface
    interface Wire {
        boolean review(KubernetesClient client, Key key);
    }

    /** One cached question. Groups are sorted and de-duplicated: their order does not matter. */
    record Key(String user, List<String> groups, String verb, String group, String resource, String namespace) {
        static Key of(UserIdentity user, String verb, String group, String resource, String namespace) {
            return new Key(user.name(), user.groups().stream().distinct().sorted().toList(), verb,
                    group == null ? "" : group, resource, namespace == null ? "" : namespace);
        }
    }

    private record Decision(boolean allowed, Instant expires) {
    }

    @Inject
    KubernetesClients clients;
    @Inject
    @ConfigProperty(name = "dashboard.access.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private Wire wire;
    private Clock clock;
    private Duration ttl;
    private int maxEntries;
    private ExecutorService pool;
    private final Map<Key, Decision> cache = new ConcurrentHashMap<>();

    /** For CDI. */
    public AccessReviewService() {
    }

    /** For tests: a fake wire (the client passed to it is null), a clock, a time to live and a size cap. */
    AccessReviewService(Wire wire, Clock clock, Duration ttl, int maxEntries) {
        this.wire = wire;
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    @PostConstruct
    void init() {
        wire = AccessReviewService::selfSubjectAccessReview;
        clock = Clock.systemUTC();
        ttl = Duration.ofSeconds(Math.max(0, cacheSeconds));
        maxEntries = MAX_ENTRIES;
    }

    @PreDestroy
    synchronized void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace) {
        Key key = Key.of(user, verb, group, resource, namespace);
        Decision cached = cached(key);
        return cached != null ? cached.allowed() : ask(client(), key);
    }

    /**
     * Asks the uncached namespaces concurrently ({@value #PARALLELISM} at a time), all with the
     * client of the calling request: n namespaces cost at most n reviews when cold, none when warm.
     */
    @Override
    public List<String> allowedIn(UserIdentity user, String verb, String group, String resource, Collection<String> namespaces) {
        List<String> result = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String ns : namespaces) {
            Decision cached = cached(Key.of(user, verb, group, resource, ns));
            if (cached == null) {
                unknown.add(ns);
            }
        }
        if (unknown.size() > 1) {
            KubernetesClient client = client();
            List<Future<Boolean>> answers = new ArrayList<>();
            for (String ns : unknown) {
                answers.add(pool().submit(() -> ask(client, Key.of(user, verb, group, resource, ns))));
            }
            for (Future<Boolean> answer : answers) {
                await(answer);
            }
        }
        for (String ns : namespaces) {
            // Answers were just cached (a zero time to live, or a full cache cleared meanwhile, asks again).
            if (allowed(user, verb, group, resource, ns)) {
                result.add(ns);
            }
        }
        return result;
    }

    /** The number of decisions held (tests). */
    int size() {
        return cache.size();
    }

    private Decision cached(Key key) {
        Decision decision = cache.get(key);
        if (decision == null) {
            return null;
        }
        if (!clock.instant().isBefore(decision.expires())) {
            cache.remove(key, decision);
            return null;
        }
        return decision;
    }

    private boolean ask(KubernetesClient client, Key key) {
        boolean allowed = wire.review(client, key);
        if (!ttl.isZero() && !ttl.isNegative()) {
            Instant now = clock.instant();
            if (cache.size() >= maxEntries) {
                cache.values().removeIf(d -> !now.isBefore(d.expires()));
                if (cache.size() >= maxEntries) {
                    cache.clear();
                }
            }
            cache.put(key, new Decision(allowed, now.plus(ttl)));
        }
        return allowed;
    }

    private KubernetesClient client() {
        return clients == null ? null : clients.forCurrentUser();
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            ClassLoader loader = AccessReviewService.class.getClassLoader();
            pool = Executors.newFixedThreadPool(PARALLELISM, r -> {
                Thread t = new Thread(r, "access-review-" + n.incrementAndGet());
                t.setDaemon(true);
                t.setContextClassLoader(loader);
                return t;
            });
        }
        return pool;
    }

    private static void await(Future<Boolean> answer) {
        try {
            answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the API server for access reviews", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The real question: a SelfSubjectAccessReview created as the user. */
    static boolean selfSubjectAccessReview(KubernetesClient client, Key key) {
        boolean namespaceObject = key.group().isEmpty() && key.resource().equals("namespaces") && !key.namespace().isEmpty();
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                .withNewSpec().withNewResourceAttributes()
                .withVerb(key.verb())
                .withGroup(key.group())
                .withResource(key.resource())
                .withNamespace(key.namespace())
                .withName(namespaceObject ? key.namespace() : null)
                .endResourceAttributes().endSpec()
                .build();
        try {
            SelfSubjectAccessReview answer = client.authorization().v1().selfSubjectAccessReview().create(review);
            return answer != null && answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                return false;
            }
            throw e;
        }
    }
}
