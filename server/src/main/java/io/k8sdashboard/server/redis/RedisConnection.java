package io.k8sdashboard.server.redis;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.ConstantDelay;

/**
 * The one Redisson client of this replica, when {@code dashboard.redis.url} is set.
 *
 * <p>Redisson refuses to create a client while Redis is unreachable, so the client is created by a
 * background thread that retries every {@link RedisSettings#CREATE_RETRY_DELAY}: the server starts
 * (and serves from local state) whether or not Redis is up. Once created, Redisson reconnects by
 * itself and resubscribes its topics.
 */
@ApplicationScoped
public class RedisConnection {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class.getName());
    /** A readiness probe every few seconds must not cost a Redis round trip each. */
    private static final Duration STATE_CACHE = Duration.ofSeconds(2);
    private static final String PROBE_KEY = "k8sdashboard:probe";

    @Inject
    Config config;

    private RedisSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final List<Consumer<RedissonClient>> readyListeners = new CopyOnWriteArrayList<>();
    private volatile RedissonClient client;
    private volatile boolean closed;
    private Thread connector;
    private volatile RedisState lastState;
    private volatile Instant lastProbe = Instant.MIN;

    /** For CDI. */
    public RedisConnection() {
    }

    /** For tests: explicit settings; call {@link #start()}. */
    public RedisConnection(RedisSettings settings) {
        this.settings = settings;
    }

    void onStart(@Observes Startup startup) {
        start();
    }

    /** The settings (read once from MP Config). */
    public synchronized RedisSettings settings() {
        if (settings == null) {
            settings = RedisSettings.from(config);
        }
        return settings;
    }

    /** Whether Redis is configured at all. */
    public boolean configured() {
        return settings().configured();
    }

    /** This replica's id on the change topic. */
    public String replicaId() {
        return settings().replicaId();
    }

    /** Starts connecting in the background (once); does nothing when Redis is not configured. */
    public synchronized void start() {
        if (!configured() || connector != null || closed) {
            return;
        }
        String url = settings().url().orElseThrow();
        LOG.info(() -> "Redis configured (" + redacted(url) + "); replica id " + replicaId());
        connector = new Thread(() -> connectUntilDone(url), "redis-connect");
        connector.setDaemon(true);
        connector.setContextClassLoader(RedisConnection.class.getClassLoader());
        connector.start();
    }

    /** The client, once created; empty when not configured or Redis has not been reachable yet. */
    public Optional<RedissonClient> client() {
        return Optional.ofNullable(client);
    }

    /** The client or {@link RedisUnavailableException}. */
    RedissonClient requireClient() {
        RedissonClient c = client;
        if (c == null) {
            throw new RedisUnavailableException(configured() ? "Redis has not been reachable since start" : "Redis is not configured");
        }
        return c;
    }

    /**
     * Calls {@code listener} with the client once it exists (at once if it already does), on the
     * connecting thread. Listeners subscribe topics; Redisson resubscribes them after reconnects.
     */
    public void whenReady(Consumer<RedissonClient> listener) {
        readyListeners.add(listener);
        RedissonClient c = client;
        if (c != null && readyListeners.remove(listener)) {
            listener.accept(c);
        }
    }

    /** Up, down or not configured; probed with one short command at most every two seconds. */
    public RedisState state() {
        if (!configured()) {
            return RedisState.NOT_CONFIGURED;
        }
        Instant now = clock.instant();
        RedisState cached = lastState;
        if (cached != null && now.isBefore(lastProbe.plus(STATE_CACHE))) {
            return cached;
        }
        RedisState fresh = probe();
        lastState = fresh;
        lastProbe = now;
        return fresh;
    }

    private RedisState probe() {
        RedissonClient c = client;
        if (c == null) {
            return RedisState.DOWN;
        }
        try {
            c.getBucket(PROBE_KEY, StringCodec.INSTANCE).isExistsAsync().toCompletableFuture()
                    .get(RedisSettings.COMMAND_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
            return RedisState.UP;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RedisState.DOWN;
        } catch (Exception e) {
            return RedisState.DOWN;
        }
    }

    private void connectUntilDone(String url) {
        int attempts = 0;
        while (!closed) {
            try {
                RedissonClient created = Redisson.create(RedissonConfigs.forUrl(url));
                synchronized (this) {
                    if (closed) {
                        created.shutdown();
                        return;
                    }
                    client = created;
                }
                LOG.info(() -> "Connected to Redis at " + redacted(url));
                for (Consumer<RedissonClient> listener : readyListeners) {
                    if (readyListeners.remove(listener)) {
                        notify(listener, created);
                    }
                }
                return;
            } catch (RuntimeException e) {
                if (attempts++ == 0) {
                    LOG.warning(() -> "Redis at " + redacted(url) + " is unreachable (" + e.getMessage()
                            + "); serving from local state and retrying every " + RedisSettings.CREATE_RETRY_DELAY.toSeconds() + " s");
                }
            }
            try {
                Thread.sleep(RedisSettings.CREATE_RETRY_DELAY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void notify(Consumer<RedissonClient> listener, RedissonClient created) {
        try {
            listener.accept(created);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A Redis ready-listener failed", e);
        }
    }

    /** Blocks until the client exists (tests). */
    public RedissonClient awaitClient(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (client == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no Redis client within " + timeout);
            }
            Thread.sleep(20);
        }
        return client;
    }

    @PreDestroy
    public void close() {
        Thread t;
        RedissonClient c;
        synchronized (this) {
            closed = true;
            t = connector;
            c = client;
            client = null;
        }
        if (t != null) {
            t.interrupt();
        }
        if (c != null) {
            c.shutdown();
        }
    }

    /** The URL without its password, for logs. */
    static String redacted(String url) {
        return url.replaceFirst("//[^@/]*@", "//***@");
    }

    /** Redisson's configuration for one server with short timeouts and bounded threads. */
    static final class RedissonConfigs {
        private RedissonConfigs() {
        }

        static org.redisson.config.Config forUrl(String url) {
            org.redisson.config.Config config = new org.redisson.config.Config();
            config.setCodec(StringCodec.INSTANCE);
            // Bounded: Redis is a side channel here, not the request path's main work.
            config.setThreads(2);
            config.setNettyThreads(4);
            config.useSingleServer()
                    .setAddress(url)
                    .setConnectTimeout((int) RedisSettings.CONNECT_TIMEOUT.toMillis())
                    .setTimeout((int) RedisSettings.COMMAND_TIMEOUT.toMillis())
                    .setRetryAttempts(RedisSettings.RETRY_ATTEMPTS)
                    .setRetryDelay(new ConstantDelay(RedisSettings.RETRY_DELAY))
                    .setReconnectionDelay(new ConstantDelay(Duration.ofSeconds(1)))
                    .setPingConnectionInterval(5_000)
                    .setConnectionMinimumIdleSize(1)
                    .setConnectionPoolSize(8)
                    .setSubscriptionConnectionMinimumIdleSize(1)
                    .setSubscriptionConnectionPoolSize(2);
            return config;
        }
    }
}
