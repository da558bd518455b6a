package io.k8sdashboard.server.redis;

/** What readiness reports about Redis. */
public enum RedisState {
    /** Configured and answering. */
    UP("up"),
    /** Configured, not answering (or not connected yet): requests are served from local state. */
    DOWN("down"),
    /** {@code dashboard.redis.url} unset: one replica, in-process equivalents. */
    NOT_CONFIGURED("not-configured");

    private final String wireName;

    RedisState(String wireName) {
        this.wireName = wireName;
    }

    /** As shown in {@code /health/ready}. */
    public String wireName() {
        return wireName;
    }
}
