package io.k8sdashboard.server.events;

/** A registration on the {@link EventBus}; closing it stops delivery. Closing twice is harmless. */
public interface EventSubscription extends AutoCloseable {

    @Override
    void close();
}
