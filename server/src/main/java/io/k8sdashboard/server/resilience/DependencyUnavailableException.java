package io.k8sdashboard.server.resilience;

import java.io.IOException;
import java.time.Duration;

/**
 * A call not made because the dependency's circuit breaker is open. An {@link IOException}, so
 * that it travels through HTTP client layers (fabric8 wraps it) like the connection failure it
 * stands for; the problem mappers find it in the cause chain.
 */
public final class DependencyUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String dependency;
    private final transient Duration retryAfter;

    public DependencyUnavailableException(String dependency, Duration retryAfter) {
        super(dependency + " is unavailable (circuit breaker open); calls fail fast for "
                + Math.max(1, retryAfter.toSeconds()) + " s");
        this.dependency = dependency;
        this.retryAfter = retryAfter;
    }

    /** The dependency that is down ({@code kubernetes}). */
    public String dependency() {
        return dependency;
    }

    /** When the breaker lets a trial call through, at least one second. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The first of these in {@code e}'s cause chain, or {@code null}. */
    public static DependencyUnavailableException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DependencyUnavailableException d) {
                return d;
            }
        }
        return null;
    }
}
