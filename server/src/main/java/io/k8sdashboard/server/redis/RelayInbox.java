package io.k8sdashboard.server.redis;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The receiving side of a relay topic: decodes each message, drops this replica's own and stale
 * ones, tells a sequence gap (lost messages) before handing the message on, and forgets every
 * source's sequence when the topic was resubscribed ({@link #forgetSequences}).
 *
 * @param <E> the envelope type on the topic
 */
final class RelayInbox<E extends NumberedEnvelope> {

    static final int MAX_SOURCES = 1_024;
    private static final Logger LOG = Logger.getLogger(RelayInbox.class.getName());

    private final String channel;
    private final String replicaId;
    private final Class<E> type;
    private final Consumer<String> gap;
    private final Consumer<E> deliver;
    private final SourceSequences sequences = new SourceSequences(MAX_SOURCES);

    /**
     * @param gap told the source whose messages were lost, before that source's next message is delivered
     * @param deliver gets every message of another replica that is not stale
     */
    RelayInbox(String channel, String replicaId, Class<E> type, Consumer<String> gap, Consumer<E> deliver) {
        this.channel = channel;
        this.replicaId = replicaId;
        this.type = type;
        this.gap = gap;
        this.deliver = deliver;
    }

    /** A message from the topic. */
    void onMessage(String message) {
        E envelope;
        try {
            envelope = RedisJson.MAPPER.readValue(message, type);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring a malformed message on " + channel + ": " + e.getMessage());
            return;
        }
        if (replicaId.equals(envelope.source())) {
            return;
        }
        switch (sequences.accept(envelope.source(), envelope.seq())) {
            case STALE -> {
                return;
            }
            case GAP -> gap.accept(envelope.source());
            default -> {
            }
        }
        deliver.accept(envelope);
    }

    /** After a resubscription: any source's next number is accepted as a fresh start. */
    void forgetSequences() {
        sequences.clear();
    }
}
