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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
 * own). Decisions are cached per (user, groups, verb, group, resource, namespace, object name) for
 * {@code dashboard.access.cache-seconds} (default 30) in a {@link DecisionCache}: a bounded
 * in-process map, shared between replicas through Redis when {@code dashboard.redis.url} is set.
 * A revoked right is therefore honoured within that time.
 *
 * <p>Only answers are cached: a review that fails (API server unreachable...) propagates and is
 * asked again next time. A review the API server refuses with 403 counts as "not allowed".
 *
 * <p>Callers must pass the current request's user: the cache is keyed by it, and the review is
 * made with the current request's client.
 */
@ApplicationScoped
public class AccessReviewService implements AccessReviewer {

    /** Reviews asked at once by {@link #allowedIn} (a namespace list can be long). */
    static final int PARALLELISM = 4;

    /** Asks the API server (or, in tests, a fake) one question with a given client. */
    @FunctionalInterface
    interface Wire {
        boolean review(KubernetesClient client, AccessKey key);
    }

    @Inject
    KubernetesClients clients;
    @Inject
    @ConfigProperty(name = "dashboard.access.cache-seconds", defaultValue = "30")
    int cacheSeconds;
    /** Produced by {@code io.k8sdashboard.server.redis.DecisionCacheProducer}: local, or shared through Redis. */
    @Inject
    DecisionCache cache;

    private Wire wire;
    private Duration ttl;
    private ExecutorService pool;

    /** For CDI. */
    public AccessReviewService() {
    }

    /** For tests: a fake wire (the client passed to it is null), a clock, a time to live and a size cap. */
    AccessReviewService(Wire wire, Clock clock, Duration ttl, int maxEntries) {
        this(wire, new LocalDecisionCache(clock, maxEntries), ttl);
    }

    /** For tests: a fake wire and a given cache. */
    AccessReviewService(Wire wire, DecisionCache cache, Duration ttl) {
        this.wire = wire;
        this.cache = cache;
        this.ttl = ttl;
    }

    @PostConstruct
    void init() {
        wire = AccessReviewService::selfSubjectAccessReview;
        ttl = Duration.ofSeconds(Math.max(0, cacheSeconds));
    }

    @PreDestroy
    synchronized void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace) {
        AccessKey key = AccessKey.of(user, verb, group, resource, namespace);
        return cached(key).orElseGet(() -> ask(client(), key));
    }

    /**
     * A right on every object of the resource answers first (one decision per namespace serves
     * every object in it); only when it is refused is the name asked about, and that decision is
     * cached for that name.
     */
    @Override
    public boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace, String name) {
        boolean everyObject = allowed(user, verb, group, resource, namespace);
        if (everyObject || name == null || name.isEmpty()) {
            return everyObject;
        }
        AccessKey key = AccessKey.of(user, verb, group, resource, namespace, name);
        return cached(key).orElseGet(() -> ask(client(), key));
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
            if (cached(AccessKey.of(user, verb, group, resource, ns)).isEmpty()) {
                unknown.add(ns);
            }
        }
        if (unknown.size() > 1) {
            KubernetesClient client = client();
            List<Future<Boolean>> answers = new ArrayList<>();
            for (String ns : unknown) {
                answers.add(pool().submit(() -> ask(client, AccessKey.of(user, verb, group, resource, ns))));
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

    /** The number of decisions held in process (tests with a {@link LocalDecisionCache}). */
    int size() {
        return ((LocalDecisionCache) cache).size();
    }

    private Optional<Boolean> cached(AccessKey key) {
        // A zero time to live caches nothing, so nothing cached elsewhere is reused either.
        return cachingEnabled() ? cache.get(key) : Optional.empty();
    }

    private boolean ask(KubernetesClient client, AccessKey key) {
        boolean allowed = wire.review(client, key);
        if (cachingEnabled()) {
            cache.put(key, allowed, ttl);
        }
        return allowed;
    }

    private boolean cachingEnabled() {
        return !ttl.isZero() && !ttl.isNegative();
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
    static boolean selfSubjectAccessReview(KubernetesClient client, AccessKey key) {
        boolean namespaceObject = key.group().isEmpty() && key.resource().equals("namespaces") && !key.namespace().isEmpty();
        // "deployments/scale": a subresource, written as kubectl auth can-i does.
        int slash = key.resource().indexOf('/');
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                .withNewSpec().withNewResourceAttributes()
                .withVerb(key.verb())
                .withGroup(key.group())
                .withResource(slash < 0 ? key.resource() : key.resource().substring(0, slash))
                .withSubresource(slash < 0 ? null : key.resource().substring(slash + 1))
                .withNamespace(key.namespace())
                .withName(!key.name().isEmpty() ? key.name() : namespaceObject ? key.namespace() : null)
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
