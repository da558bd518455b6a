package io.k8sdashboard.server.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker for one dependency. Closed: calls pass. After {@code failureThreshold}
 * consecutive failures (each within {@code window} of the previous one) it opens: calls fail fast
 * for {@code openFor}. Then it is half-open: one trial call passes (others still fail fast), and its
 * outcome closes or re-opens it. A trial that never reports back frees the slot after
 * {@code openFor}, so a lost outcome cannot keep the breaker shut.
 *
 * <p>Consecutive failures, not a failure ratio: a dashboard that starts before its API server
 * (tests, a rolling restart) sees a handful of failures and must not be locked out for long.
 */
public final class CircuitBreaker {

    /** The breaker's state, as {@code /health/ready} reports it. */
    public enum State {
        CLOSED, OPEN, HALF_OPEN;

        /** The lower-case, dashed name used in health data and problems. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final String dependency;
    private final int failureThreshold;
    private final Duration window;
    private final Duration openFor;
    private final Clock clock;

    private int consecutiveFailures;
    private Instant lastFailure = Instant.MIN;
    private Instant openedAt;
    private Instant trialStartedAt;

    public CircuitBreaker(String dependency, int failureThreshold, Duration window, Duration openFor, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.dependency = dependency;
        this.failureThreshold = failureThreshold;
        this.window = window;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** The dependency this breaker guards ({@code kubernetes}). */
    public String dependency() {
        return dependency;
    }

    /**
     * Asks to make a call. Every permitted call must report {@link #success()} or {@link #failure()}.
     *
     * @throws DependencyUnavailableException while open, or half-open with a trial running
     */
    public synchronized void acquire() throws DependencyUnavailableException {
        if (openedAt == null) {
            return;
        }
        Instant now = clock.instant();
        boolean cooled = !now.isBefore(openedAt.plus(openFor));
        boolean trialFree = trialStartedAt == null || !now.isBefore(trialStartedAt.plus(openFor));
        if (cooled && trialFree) {
            trialStartedAt = now;
            return;
        }
        Instant retryAt = cooled ? trialStartedAt.plus(openFor) : openedAt.plus(openFor);
        throw new DependencyUnavailableException(dependency, Duration.between(now, retryAt));
    }

    /** A call was answered (by the dependency, whatever it said): closes the breaker. */
    public synchronized void success() {
        consecutiveFailures = 0;
        openedAt = null;
        trialStartedAt = null;
    }

    /** A call got no usable answer (connection failure, timeout, 5xx of an unavailable server). */
    public synchronized void failure() {
        Instant now = clock.instant();
        if (openedAt != null) {
            // a failed trial (or a call let through before the breaker opened): open again
            openedAt = now;
            trialStartedAt = null;
            return;
        }
        consecutiveFailures = now.isAfter(lastFailure.plus(window)) ? 1 : consecutiveFailures + 1;
        lastFailure = now;
        if (consecutiveFailures >= failureThreshold) {
            openedAt = now;
        }
    }

    /** The current state. */
    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }
}
