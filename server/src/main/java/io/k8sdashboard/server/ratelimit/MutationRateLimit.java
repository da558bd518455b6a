package io.k8sdashboard.server.ratelimit;

import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.mutations.MutationGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Charges each mutation attempt to the acting user's {@code mutations} bucket where the mutation
 * service performs it, so plugin actions and background work ({@code PluginContext.background()})
 * are limited like REST writes. The attempt that belongs to a REST request uses the token that
 * request already paid at the {@link RateLimitFilter} ({@link PaidMutation}); over the limit the
 * attempt is refused with a {@link RateLimitedException} (429, recorded by the audit like any refusal).
 */
@ApplicationScoped
public class MutationRateLimit implements MutationGate {

    @Inject
    RateLimiter limiter;

    private RateLimits limits;

    /** For CDI. */
    public MutationRateLimit() {
    }

    /** For tests. */
    MutationRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void admit(String verb) {
        var identity = CurrentUser.get();
        if (identity.isEmpty() || PaidMutation.use()) {
            // No user: the mutation service refuses it (401) before any cluster call, nothing to charge.
            return;
        }
        RateDecision decision = limits().tryAcquire(identity.get().user().name(), Bucket.MUTATIONS);
        if (!decision.allowed()) {
            throw new RateLimitedException(Bucket.MUTATIONS, decision);
        }
    }

    private RateLimits limits() {
        return limits != null ? limits : limiter;
    }
}
