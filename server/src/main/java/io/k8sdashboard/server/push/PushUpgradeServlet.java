package io.k8sdashboard.server.push;

import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.ops.ServletProblems;
import io.k8sdashboard.server.ratelimit.Bucket;
import io.k8sdashboard.server.ratelimit.RateDecision;
import io.k8sdashboard.server.ratelimit.RateLimitFilter;
import io.k8sdashboard.server.ratelimit.RateLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Upgrades {@code GET /ws} to the push WebSocket. A servlet, so the request has passed the
 * {@link io.k8sdashboard.server.identity.IdentityFilter} (401/403 before any upgrade, trusted
 * proxies only) and the identity it bound is on this thread; it is handed to this connection's
 * endpoint through a per-connection {@code ServerEndpointConfig}
 * ({@link ServerContainer#upgradeHttpToWebSocket}), so no state is shared between handshakes.
 * Refuses a foreign Origin with 403. The upgrade creates no HTTP session ({@link SessionlessRequest}).
 */
@WebServlet(urlPatterns = "/ws")
public class PushUpgradeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PushUpgradeServlet.class.getName());

    @Inject
    transient PushHub hub;

    @Inject
    transient RateLimiter rateLimiter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        RequestIdentity identity = CurrentUser.get().orElse(null);
        if (identity == null) {
            // The identity filter answers first; this only guards against it not running.
            ServletProblems.write(request, response, 401, "unauthenticated", "Not signed in",
                    "No signed-in user is bound to this request");
            return;
        }
        // Every connection attempt counts, also one that goes on to fail: a reconnect loop is what this limits.
        RateDecision rate = rateLimiter.tryAcquire(identity.user().name(), Bucket.WS_CONNECTIONS);
        if (!rate.allowed()) {
            RateLimitFilter.refuse(request, response, Bucket.WS_CONNECTIONS, rate);
            return;
        }
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.setHeader("Upgrade", "websocket");
            ServletProblems.write(request, response, 426, "websocket-required", "WebSocket required",
                    "/ws is a WebSocket endpoint: connect with a WebSocket client");
            return;
        }
        if (!hub.originCheck().allows(request.getHeader("Origin"))) {
            ServletProblems.write(request, response, 403, "origin-not-allowed", "Origin not allowed",
                    "WebSocket connections are accepted from the dashboard's host names (dashboard.http.allowed-hosts, loopback) and dashboard.ws.allowed-origins only");
            return;
        }
        ServerContainer container = (ServerContainer) getServletContext().getAttribute(ServerContainer.class.getName());
        if (container == null) {
            ServletProblems.write(request, response, 503, "websocket-unavailable", "WebSocket unavailable",
                    "The server has no WebSocket container");
            return;
        }
        try {
            container.upgradeHttpToWebSocket(new SessionlessRequest(request), response, hub.endpointConfig(identity), Map.of());
        } catch (DeploymentException e) {
            LOG.log(Level.WARNING, "WebSocket upgrade failed", e);
            ServletProblems.write(request, response, 500, "websocket-upgrade-failed", "WebSocket upgrade failed",
                    "The connection could not be upgraded");
        }
    }
}
