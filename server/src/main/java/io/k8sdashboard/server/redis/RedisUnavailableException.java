package io.k8sdashboard.server.redis;

/** Redis is configured but the client is not connected yet (it was unreachable at start). */
public class RedisUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RedisUnavailableException(String message) {
        super(message);
    }
}
