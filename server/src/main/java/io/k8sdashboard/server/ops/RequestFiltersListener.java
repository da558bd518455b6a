package io.k8sdashboard.server.ops;

import io.k8sdashboard.server.identity.IdentityFilter;
import io.k8sdashboard.server.identity.IdentitySettings;
import io.k8sdashboard.server.ratelimit.RateLimitFilter;
import io.k8sdashboard.server.ratelimit.RateLimiter;
import io.k8sdashboard.server.web.HostCheckFilter;
import io.k8sdashboard.server.web.HttpSettings;
import io.k8sdashboard.server.web.SecurityHeadersFilter;
import io.k8sdashboard.server.web.StaticCachePolicy;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.MalformedURLException;
import java.util.EnumSet;

/**
 * Registers the request filters in a fixed order: request id and access log first, then the
 * browser security headers, the Host check (DNS rebinding), the static files' methods and cache policy,
 * identity, and the per-user rate limits last (they need the user). {@code @WebFilter} would
 * leave the order to the container, and a refused request
 * must still get a request id, an access line and the security headers. The filters are built
 * here with their dependencies, so they need no injection of their own.
 */
@WebListener
public class RequestFiltersListener implements ServletContextListener {

    @Inject
    ApiRequestMetrics metrics;

    @Inject
    IdentitySettings identity;

    @Inject
    HttpSettings http;

    @Inject
    RateLimiter rateLimiter;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter("dashboard-request-log", new RequestLogFilter(metrics))
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-security-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-host-check", new HostCheckFilter(http::allowedHosts))
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-static-file-methods", new StaticFileMethodFilter())
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-static-cache", new StaticCachePolicy(path -> exists(context, path)))
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-identity", new IdentityFilter(identity::resolver))
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-rate-limit", new RateLimitFilter(() -> rateLimiter))
                .addMappingForUrlPatterns(requests, true, "/*");
    }

    private static boolean exists(ServletContext context, String path) {
        try {
            return context.getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
