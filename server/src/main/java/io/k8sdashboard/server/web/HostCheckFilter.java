package io.k8sdashboard.server.web;

import io.k8sdashboard.server.ops.RequestPaths;
import io.k8sdashboard.server.ops.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Refuses a request whose {@code Host} is not one of the {@link AllowedHosts} (DNS rebinding),
 * before identity or anything else runs.
 *
 * <p>421 Misdirected Request rather than 400: the request is well-formed but aimed at an
 * authority this server does not answer for, which is what RFC 9110 section 15.5.20 names 421.
 * API and WebSocket paths get a problem; the UI's paths plain text.
 */
public class HostCheckFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MISDIRECTED = 421;
    static final String DETAIL = "This dashboard answers only for loopback and the host names in " + AllowedHosts.KEY;

    private final transient Supplier<AllowedHosts> hosts;

    public HostCheckFilter(Supplier<AllowedHosts> hosts) {
        this.hosts = hosts;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hosts.get().allowsHostHeader(request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        if (RequestPaths.isApi(request) || RequestPaths.isSocket(request)) {
            ServletProblems.write(request, response, MISDIRECTED, "host-not-allowed", "Host not allowed", DETAIL);
            return;
        }
        byte[] body = ("Misdirected request: " + DETAIL + "\n").getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(MISDIRECTED);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
