package io.k8sdashboard.server.push;

import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.ratelimit.RateLimits;
import io.k8sdashboard.server.readmodel.ResourceFeed;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every session shares, handed from {@link PushHub} (or a test) to each {@link PushSession}.
 *
 * @param kinds resolves a kind name ({@code pods}, {@code deploy}); throws a 404 problem for unknown kinds
 * @param feed the read model; throws a 503 problem while it is unavailable
 * @param executor runs the sessions' sends (never the read model's thread)
 * @param operations the latest event of each recent operation, for tabs that start following one
 * @param rateLimits the per-user limit on {@code subscribe} messages
 */
record PushServices(PushSettings settings, Function<String, RegisteredKind> kinds, Supplier<ResourceFeed> feed,
        SubscriptionAuthorizer authorizer, Executor executor, Clock clock, PushMetrics metrics, OperationLog operations,
        RateLimits rateLimits) {
}
