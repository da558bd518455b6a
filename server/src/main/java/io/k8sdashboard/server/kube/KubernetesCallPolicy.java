package io.k8sdashboard.server.kube;

import io.k8sdashboard.server.resilience.Backoff;
import io.k8sdashboard.server.resilience.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * How the dashboard calls the API server: timeouts, retries of idempotent calls and the
 * {@code kubernetes} circuit breaker (keys {@code dashboard.kubernetes.*} in the README).
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for one request to be answered (not for watches, which stream)
 * @param backoff retries of idempotent calls
 * @param breaker fails calls fast while the API server is down
 */
public record KubernetesCallPolicy(Duration connectTimeout, Duration requestTimeout, Backoff backoff, CircuitBreaker breaker) {

    /** The dependency name in problems and {@code /health/ready}. */
    public static final String DEPENDENCY = "kubernetes";

    /** Reads the {@code dashboard.kubernetes.*} timeout, retry and breaker keys. */
    public static KubernetesCallPolicy from(Config config) {
        return new KubernetesCallPolicy(
                millis(config, "dashboard.kubernetes.connect-timeout-ms", 5_000),
                millis(config, "dashboard.kubernetes.request-timeout-ms", 10_000),
                new Backoff(intValue(config, "dashboard.kubernetes.retry.max-attempts", 3),
                        millis(config, "dashboard.kubernetes.retry.base-delay-ms", 200),
                        millis(config, "dashboard.kubernetes.retry.max-delay-ms", 2_000)),
                new CircuitBreaker(DEPENDENCY,
                        intValue(config, "dashboard.kubernetes.breaker.failure-threshold", 5),
                        millis(config, "dashboard.kubernetes.breaker.window-ms", 10_000),
                        millis(config, "dashboard.kubernetes.breaker.open-ms", 5_000),
                        Clock.systemUTC()));
    }

    /** The defaults, with a breaker of its own (tests and tools). */
    public static KubernetesCallPolicy defaults() {
        return new KubernetesCallPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10),
                new Backoff(3, Duration.ofMillis(200), Duration.ofSeconds(2)),
                new CircuitBreaker(DEPENDENCY, 5, Duration.ofSeconds(10), Duration.ofSeconds(5), Clock.systemUTC()));
    }

    private static Duration millis(Config config, String key, long defaultValue) {
        long value = config.getOptionalValue(key, Long.class).orElse(defaultValue);
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative, got " + value);
        }
        return Duration.ofMillis(value);
    }

    private static int intValue(Config config, String key, int defaultValue) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value);
        }
        return value;
    }
}
