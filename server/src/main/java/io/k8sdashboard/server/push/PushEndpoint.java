package io.k8sdashboard.server.push;

import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The endpoint of one connection on {@code /ws}, created by {@link PushUpgradeServlet} for the
 * user its request was identified as (a programmatic endpoint rather than {@code @ServerEndpoint}:
 * the upgrade happens inside the servlet filter chain, so the identity comes from the filter, never
 * from the handshake's headers).
 */
final class PushEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(PushEndpoint.class.getName());

    private final PushHub hub;
    private final RequestIdentity identity;
    private volatile PushSession session;

    PushEndpoint(PushHub hub, RequestIdentity identity) {
        this.hub = hub;
        this.identity = identity;
    }

    @Override
    public void onOpen(Session socket, EndpointConfig config) {
        // Larger messages make the container close the socket with 1009 (too big) before they
        // are buffered further; PushSession also answers oversized UTF-8 with an error 413.
        socket.setMaxTextMessageBufferSize(hub.settings().maxMessageBytes());
        PushSession opened = hub.open(identity, new WebSocketOutlet(socket));
        session = opened;
        socket.addMessageHandler(String.class, (MessageHandler.Whole<String>) opened::receive);
    }

    @Override
    public void onClose(Session socket, CloseReason reason) {
        close();
    }

    @Override
    public void onError(Session socket, Throwable failure) {
        LOG.log(Level.FINE, "WebSocket error for " + identity.user().name(), failure);
    }

    private void close() {
        PushSession current = session;
        if (current != null) {
            hub.closed(current);
        }
    }
}
