package io.k8sdashboard.server.push;

import java.util.function.Consumer;

/** Where a session's messages go: the WebSocket, or a fake in tests. */
interface Outlet {

    /**
     * Sends one text message without blocking.
     *
     * @param done called once the message is written, with {@code null} or the failure
     */
    void send(String text, Consumer<Throwable> done);

    /** Closes the connection with a close code (1008, 1013...) and a short reason. */
    void close(int code, String reason);
}
