package io.k8sdashboard.server.ops;

import io.k8sdashboard.server.identity.IdentityFilter;
import io.k8sdashboard.server.identity.IdentitySettings;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * Registers the request filters in a fixed order: request id and access log first, then
 * identity. {@code @WebFilter} would leave the order to the container, and a refused request
 * must still get a request id and an access line. The filters are built here with their
 * dependencies, so they need no injection of their own.
 */
@WebListener
public class RequestFiltersListener implements ServletContextListener {

    @Inject
    ApiRequestMetrics metrics;

    @Inject
    IdentitySettings identity;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter("dashboard-request-log", new RequestLogFilter(metrics))
                .addMappingForUrlPatterns(requests, true, "/*");
        context.addFilter("dashboard-identity", new IdentityFilter(identity::resolver))
                .addMappingForUrlPatterns(requests, true, "/*");
    }
}
