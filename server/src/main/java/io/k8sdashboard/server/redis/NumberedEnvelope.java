package io.k8sdashboard.server.redis;

/** A message on a relay topic: who published it and its number in that publisher's sequence. */
interface NumberedEnvelope {

    /** The publishing replica's id. */
    String source();

    /** The publisher's sequence number, +1 per message it meant to publish. */
    long seq();
}
