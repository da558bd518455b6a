package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.events.DashboardEvent;
import java.util.Objects;

/**
 * One plugin event on the topic {@value EventRelay#CHANNEL}.
 *
 * @param source the publishing replica's id
 * @param seq the publisher's sequence number, +1 per event it meant to publish
 * @param event the event, with its audience
 */
public record EventEnvelope(String source, long seq, DashboardEvent event) implements NumberedEnvelope {

    public EventEnvelope {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(event, "event");
    }
}
