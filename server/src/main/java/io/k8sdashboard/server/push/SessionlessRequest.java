package io.k8sdashboard.server.push;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * The upgrade request as Liberty's WebSocket container sees it, without the power to create an
 * HTTP session. Liberty's handshake calls {@code getSession()} (to offer it through
 * {@code HandshakeRequest.getHttpSession()}), which would create a session and a
 * {@code JSESSIONID} cookie for every socket. The dashboard keeps no server-side session: identity
 * comes with each request from the proxy, and the socket's identity is fixed at the upgrade.
 */
final class SessionlessRequest extends HttpServletRequestWrapper {

    SessionlessRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public HttpSession getSession() {
        return super.getSession(false);
    }

    @Override
    public HttpSession getSession(boolean create) {
        return super.getSession(false);
    }
}
