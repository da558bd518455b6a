package io.k8sdashboard.server.ops;

import jakarta.servlet.ServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id: taken from an incoming {@code X-Request-Id} when it is a short safe token (so
 * a proxy's id carries through), else a random UUID. Stored as a request attribute so problem
 * responses and log lines can name it.
 */
public final class RequestIds {

    /** Request attribute holding the id (a String). */
    public static final String ATTRIBUTE = "k8sdashboard.requestId";
    /** Header carrying the id in and out. */
    public static final String HEADER = "X-Request-Id";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The id to use for a request given its incoming header value (may be null). */
    static String choose(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The id of a request, once {@link RequestLogFilter} assigned it. */
    public static Optional<String> of(ServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
