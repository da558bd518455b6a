package io.k8sdashboard.server.web;

import io.k8sdashboard.server.ops.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * {@code Cache-Control} of the UI's static files. The Vite build puts a content hash in every
 * name under {@code /assets/}: such a file never changes, so browsers keep it a year without
 * asking. Everything else ({@code index.html}, which names the current hashes) is revalidated on
 * every load, so a new version is seen at once. The API sets its own policy
 * ({@link NoStoreResponseFilter}); the WebSocket needs none.
 */
public class StaticCachePolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final transient Predicate<String> fileExists;

    /** @param fileExists whether the application has a static file at a path (a missing asset must not be cached a year) */
    public StaticCachePolicy(Predicate<String> fileExists) {
        this.fileExists = fileExists;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!RequestPaths.isApi(request) && !RequestPaths.isSocket(request)) {
            response.setHeader("Cache-Control", policy(RequestPaths.of(request)));
        }
        chain.doFilter(request, response);
    }

    String policy(String path) {
        return path.startsWith("/assets/") && fileExists.test(path) ? IMMUTABLE : REVALIDATE;
    }
}
