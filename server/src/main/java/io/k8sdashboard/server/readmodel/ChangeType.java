package io.k8sdashboard.server.readmodel;

/** What happened to an object, with the event name browsers receive for it. */
public enum ChangeType {
    CREATED("resource:created"),
    UPDATED("resource:updated"),
    DELETED("resource:deleted");

    private final String eventName;

    ChangeType(String eventName) {
        this.eventName = eventName;
    }

    /** The WebSocket message type: {@code resource:created}, {@code resource:updated}, {@code resource:deleted}. */
    public String eventName() {
        return eventName;
    }
}
