package io.k8sdashboard.server.ops;

import io.k8sdashboard.server.identity.IdentityFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Gives every request an id ({@code X-Request-Id} in and out, request attribute
 * {@value RequestIds#ATTRIBUTE}) and, for {@code /api} requests, writes one access line and
 * records the duration metric. Runs before the identity filter so refused requests are logged
 * and their problem names the request id.
 *
 * <p>The log message is itself a compact JSON object: with Liberty's JSON console format it ends
 * up as the {@code message} field, intact and machine-readable.
 */
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Logger of access lines, so they can be routed or silenced on their own. */
    public static final String ACCESS_LOGGER = "io.k8sdashboard.access";

    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);

    private final transient ApiRequestMetrics metrics;
    private final transient LongSupplier nanoTime;

    public RequestLogFilter(ApiRequestMetrics metrics) {
        this(metrics, System::nanoTime);
    }

    RequestLogFilter(ApiRequestMetrics metrics, LongSupplier nanoTime) {
        this.metrics = metrics;
        this.nanoTime = nanoTime;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.choose(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        if (!isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        long start = nanoTime.getAsLong();
        int status = 500; // what the container answers if the chain throws
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            Duration duration = Duration.ofNanos(nanoTime.getAsLong() - start);
            Object user = request.getAttribute(IdentityFilter.USER_ATTRIBUTE);
            ACCESS.info(accessLine(requestId, user == null ? null : user.toString(), request.getMethod(),
                    request.getRequestURI(), status, duration));
            metrics.record(request.getMethod(), status, duration);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return RequestPaths.isApi(request);
    }

    /** One access line; the query string is left out (it may carry selectors users consider private). */
    static String accessLine(String requestId, String user, String method, String path, int status, Duration duration) {
        return "{\"type\":\"access\",\"requestId\":" + Json.quote(requestId)
                + ",\"user\":" + Json.quote(user)
                + ",\"method\":" + Json.quote(method)
                + ",\"path\":" + Json.quote(path)
                + ",\"status\":" + status
                + ",\"durationMs\":" + duration.toMillis() + "}";
    }
}
