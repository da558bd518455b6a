package io.k8sdashboard.server.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * How to reach Redis: {@code dashboard.redis.url} (absent or blank: no Redis, one replica with
 * in-process equivalents) and this replica's name on the change topic, {@code dashboard.replica-id}
 * (random per start by default, so a restarted replica is a new source with a fresh sequence).
 *
 * <p>Timeouts are short on purpose: Redis is an optimisation, and a request waiting on it should
 * fall back to local state within about a second.
 *
 * @param url a Redisson address ({@code redis://[user:password@]host:port}, {@code rediss://...}), or empty
 * @param replicaId this replica's source id on the change topic
 */
public record RedisSettings(Optional<String> url, String replicaId) {

    /** Time to open a TCP connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1_000);
    /** Time Redis has to answer one command. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    /** Retries of a failed command (Redisson's own), each after {@link #RETRY_DELAY}. */
    public static final int RETRY_ATTEMPTS = 1;
    public static final Duration RETRY_DELAY = Duration.ofMillis(200);
    /** Between attempts to create the client while Redis is unreachable at start. */
    public static final Duration CREATE_RETRY_DELAY = Duration.ofSeconds(2);

    public RedisSettings {
        url = url.map(String::strip).filter(u -> !u.isEmpty());
    }

    /** Reads {@code dashboard.redis.url} and {@code dashboard.replica-id}. */
    public static RedisSettings from(Config config) {
        return new RedisSettings(config.getOptionalValue("dashboard.redis.url", String.class),
                config.getOptionalValue("dashboard.replica-id", String.class).map(String::strip).filter(s -> !s.isEmpty())
                        .orElseGet(RedisSettings::randomReplicaId));
    }

    /** Settings for a Redis at {@code url} (tests). */
    public static RedisSettings of(String url) {
        return new RedisSettings(Optional.of(url), randomReplicaId());
    }

    /** Whether Redis is to be used at all. */
    public boolean configured() {
        return url.isPresent();
    }

    static String randomReplicaId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }
}
