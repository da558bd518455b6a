package io.k8sdashboard.server.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Static files (the UI) take GET and HEAD only: any other method is a plain 405 with
 * {@code Allow}, where Liberty's file serving would answer it like a GET. The API and the push
 * socket answer their own methods. Registered after the Host check by {@link RequestFiltersListener},
 * so a refusal carries the request id and the security headers too.
 */
public class StaticFileMethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ALLOW = "GET, HEAD";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || !isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = ("405 Method Not Allowed: static files take " + ALLOW + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", ALLOW);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Everything but the API and the socket, from the decoded path the container routes by. */
    static boolean isStatic(HttpServletRequest request) {
        return !RequestPaths.isApi(request) && !RequestPaths.isSocket(request);
    }
}
