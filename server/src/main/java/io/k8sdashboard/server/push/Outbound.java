package io.k8sdashboard.server.push;

import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.readmodel.ResourceChange;

/** What waits in a session's outbound queue. Rendered to JSON only when it is sent. */
sealed interface Outbound {

    /** The subscription it belongs to, {@code null} for session-level messages. */
    Subscription subscription();

    /** A message already rendered (errors, resync, pong): small. */
    record Text(Subscription subscription, String json) implements Outbound {
    }

    /** A change to one object; changes to the same object of the same subscription coalesce. */
    record Change(Subscription subscription, ResourceChange change) implements Outbound {
    }

    /** A full snapshot of the subscription, read from the model page by page while it is sent. */
    record Snapshot(Subscription subscription) implements Outbound {
    }

    /** A bus event (e.g. {@code deployment:progress}) for a subscription. */
    record Event(Subscription subscription, DashboardEvent event) implements Outbound {
    }
}
