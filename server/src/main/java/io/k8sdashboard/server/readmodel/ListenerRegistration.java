package io.k8sdashboard.server.readmodel;

/** A registered {@link ChangeListener}; closing it stops delivery (idempotent). */
public interface ListenerRegistration extends AutoCloseable {

    @Override
    void close();
}
