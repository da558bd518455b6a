package io.k8sdashboard.server.ratelimit;

/** The per-user limits; {@link #id()} names the bucket in config keys, metrics and problems. */
public enum Bucket {
    /** GET/HEAD under {@code /api}. */
    READS("reads"),
    /** Any other method under {@code /api}. */
    MUTATIONS("mutations"),
    /** {@code /ws} upgrades. */
    WS_CONNECTIONS("ws-connections"),
    /** {@code subscribe} messages over {@code /ws}. */
    SUBSCRIPTIONS("subscriptions");

    private final String id;

    Bucket(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
