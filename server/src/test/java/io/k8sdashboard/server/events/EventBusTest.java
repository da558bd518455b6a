package io.k8sdashboard.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventBusTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void subscribersReceiveTypedEventsUntilTheyClose() {
        EventBus bus = new EventBus(10, clock);
        List<DashboardEvent> received = new ArrayList<>();
        EventSubscription subscription = bus.subscribe(received::add);

        bus.publish("resource:updated", "core", Map.of("name", "web"));
        subscription.close();
        subscription.close();
        bus.publish("resource:deleted", "core", Map.of("name", "web"));

        assertThat(received).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("resource:updated");
            assertThat(e.payload()).containsEntry("name", "web");
            assertThat(e.timestamp()).isEqualTo(clock.instant());
        });
        assertThat(bus.subscriberCount()).isZero();
    }

    @Test
    void subscriberCountIsBounded() {
        EventBus bus = new EventBus(2, clock);
        bus.subscribe(e -> { });
        EventSubscription second = bus.subscribe(e -> { });
        assertThatThrownBy(() -> bus.subscribe(e -> { })).isInstanceOf(IllegalStateException.class);
        second.close();
        bus.subscribe(e -> { });
        assertThat(bus.subscriberCount()).isEqualTo(2);
    }

    @Test
    void failingSubscriberIsDroppedAndOthersStillReceive() {
        EventBus bus = new EventBus(10, clock);
        List<DashboardEvent> received = new ArrayList<>();
        bus.subscribe(e -> {
            throw new IllegalStateException("closed socket");
        });
        bus.subscribe(received::add);

        bus.publish("resource:updated", "core", Map.of());
        bus.publish("resource:updated", "core", Map.of());

        assertThat(received).hasSize(2);
        assertThat(bus.subscriberCount()).isEqualTo(1);
    }

    @Test
    void payloadIsCopiedAndMayHoldNulls() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("reason", null);
        DashboardEvent event = new DashboardEvent("resource:updated", "core", payload, clock.instant());
        payload.put("later", 1);
        assertThat(event.payload()).containsOnlyKeys("reason");
    }

    @Test
    void malformedTypeIsRefused() {
        assertThatThrownBy(() -> new DashboardEvent("Resource Updated", "core", Map.of(), clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
