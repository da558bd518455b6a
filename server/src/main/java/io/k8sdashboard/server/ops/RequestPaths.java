package io.k8sdashboard.server.ops;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which part of the application a request is for, from servlet path + path info, which the
 * container has decoded and normalized: a raw URI check could be dodged with {@code /%61pi/...}
 * or {@code /x/../api/...}.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The decoded, normalized path inside the application. */
    public static String of(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** {@code /api} and below: the REST API (JAX-RS). */
    public static boolean isApi(HttpServletRequest request) {
        return under(of(request), "/api");
    }

    /** {@code /ws} and below: the push WebSocket. */
    public static boolean isSocket(HttpServletRequest request) {
        return under(of(request), "/ws");
    }

    static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
