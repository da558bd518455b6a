package io.k8sdashboard.server.push;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** An {@link Outlet} over a WebSocket session: asynchronous sends, never blocking the caller. */
final class WebSocketOutlet implements Outlet {

    private static final Logger LOG = Logger.getLogger(WebSocketOutlet.class.getName());

    private final Session session;

    WebSocketOutlet(Session session) {
        this.session = session;
    }

    @Override
    public void send(String text, Consumer<Throwable> done) {
        session.getAsyncRemote().sendText(text, result -> done.accept(result.isOK() ? null : result.getException()));
    }

    @Override
    public void close(int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing a WebSocket failed", e);
        }
    }
}
