package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.Objects;

/**
 * One change on the topic {@value ChangeRelay#CHANNEL}.
 *
 * @param source the publishing replica's id
 * @param seq the publisher's sequence number, +1 per change it meant to publish (a change it
 *        could not publish still used its number, so receivers see the gap)
 * @param change what changed
 */
public record ChangeEnvelope(String source, long seq, ResourceChange change) implements NumberedEnvelope {

    public ChangeEnvelope {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(change, "change");
    }
}
