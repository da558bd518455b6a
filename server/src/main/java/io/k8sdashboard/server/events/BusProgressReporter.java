package io.k8sdashboard.server.events;

import io.k8sdashboard.plugin.api.ProgressReporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Publishes {@code deployment:progress} events for one operation, to the tabs following its
 * operation id and to the tabs of the user who started it. Reports after success or
 * failure are ignored, so a late step from a watcher thread cannot reopen a finished operation
 * in the UI. Methods are synchronized so that the terminal report is really the last one sent.
 */
public final class BusProgressReporter implements ProgressReporter {

    /** The event name the UI listens to (kept from the first sketch). */
    public static final String EVENT_TYPE = "deployment:progress";

    private final EventBus bus;
    private final String source;
    private final String operationId = UUID.randomUUID().toString();
    private final String operation;
    private final String target;
    private final EventAudience audience;
    private int percent;
    private boolean finished;

    /**
     * @param startedBy the user who started the operation, {@code null} when none is known (then
     *        only the operation's followers receive its events)
     */
    public BusProgressReporter(EventBus bus, String source, String operation, String target, String startedBy) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.source = Objects.requireNonNull(source, "source");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.target = Objects.requireNonNull(target, "target");
        EventAudience followers = EventAudience.operation(operationId);
        this.audience = startedBy == null ? followers : followers.and(EventAudience.user(startedBy));
    }

    @Override
    public String operationId() {
        return operationId;
    }

    @Override
    public void step(int percent, String message) {
        step(percent, message, null);
    }

    @Override
    public synchronized void step(int percent, String message, Map<String, Object> details) {
        if (finished) {
            return;
        }
        this.percent = Math.max(0, Math.min(100, percent));
        send("running", message, details);
    }

    @Override
    public void succeeded(String message) {
        succeeded(message, null);
    }

    @Override
    public synchronized void succeeded(String message, Map<String, Object> details) {
        if (finished) {
            return;
        }
        finished = true;
        percent = 100;
        send("succeeded", message, details);
    }

    @Override
    public void failed(String message) {
        failed(message, null);
    }

    @Override
    public synchronized void failed(String message, Map<String, Object> details) {
        if (finished) {
            return;
        }
        finished = true;
        send("failed", message, details);
    }

    private void send(String state, String message, Map<String, Object> details) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("operationId", operationId);
        payload.put("operation", operation);
        payload.put("target", target);
        payload.put("percent", percent);
        payload.put("message", message);
        payload.put("state", state);
        if (details != null && !details.isEmpty()) {
            payload.put("details", details);
        }
        bus.publish(EVENT_TYPE, source, payload, audience);
    }
}
