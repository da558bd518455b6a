package io.k8sdashboard.server.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-user limits from MP Config ({@code dashboard.ratelimit.*}). The defaults are far above
 * what a person clicking through the UI sends; {@code 0} disables a bucket, and
 * {@code dashboard.ratelimit.enabled=false} all of them (to measure their cost beside the same page).
 */
@ApplicationScoped
public class RateLimitSettings {

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.reads-per-second", defaultValue = "50")
    double readsPerSecond;

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.reads-burst", defaultValue = "200")
    int readsBurst;

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.mutations-per-second", defaultValue = "10")
    double mutationsPerSecond;

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.mutations-burst", defaultValue = "20")
    int mutationsBurst;

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.ws-connections-per-minute", defaultValue = "10")
    double wsConnectionsPerMinute;

    @Inject
    @ConfigProperty(name = "dashboard.ratelimit.subscriptions-per-minute", defaultValue = "60")
    double subscriptionsPerMinute;

    /**
     * The limit of {@code bucket}; the per-minute buckets allow a burst of one minute's worth.
     * {@link Limit#UNLIMITED} for every bucket when the limits are switched off.
     */
    public Limit limit(Bucket bucket) {
        if (!enabled) {
            return Limit.UNLIMITED;
        }
        return switch (bucket) {
            case READS -> new Limit(readsPerSecond, readsBurst);
            case MUTATIONS -> new Limit(mutationsPerSecond, mutationsBurst);
            case WS_CONNECTIONS -> Limit.perMinute(wsConnectionsPerMinute, (int) Math.ceil(wsConnectionsPerMinute));
            case SUBSCRIPTIONS -> Limit.perMinute(subscriptionsPerMinute, (int) Math.ceil(subscriptionsPerMinute));
        };
    }
}
