package io.k8sdashboard.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser security headers of every response of the application (UI, API, refusals): set
 * before the chain runs, so error answers carry them too.
 *
 * <p>The policy allows scripts only from the dashboard's own files (the Vite build emits none
 * inline) and no framing. Styles also allow {@code 'unsafe-inline'}: styled-components (Grommet)
 * injects {@code <style>} elements at run time and React sets {@code style} attributes; a nonce
 * would need a per-response index.html, and inline styles cannot run code.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // frame-ancestors for current browsers, X-Frame-Options for older ones.
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
