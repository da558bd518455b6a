package io.k8sdashboard.server.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Cache-Control: no-store} on every API response that sets no policy of its own: the
 * answers are one user's view of the cluster and must stay out of shared and browser caches.
 * Problems written by servlet filters set it themselves ({@link io.k8sdashboard.server.ops.ServletProblems}).
 */
@Provider
public class NoStoreResponseFilter implements ContainerResponseFilter {

    static final String NO_STORE = "no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
