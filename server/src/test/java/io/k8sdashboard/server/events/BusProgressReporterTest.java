package io.k8sdashboard.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusProgressReporterTest {

    private final EventBus bus = new EventBus();
    private final List<DashboardEvent> events = new ArrayList<>();

    @Test
    void stepsThenSuccessAreDeploymentProgressEvents() {
        bus.subscribe(events::add);
        BusProgressReporter progress = new BusProgressReporter(bus, "deployments", "rollout", "deployments.apps/shop/web", "alice");

        progress.step(40, "2 of 5 replicas ready");
        progress.succeeded("Rolled out");

        assertThat(events).extracting(DashboardEvent::type).containsOnly("deployment:progress");
        assertThat(events).extracting(e -> e.payload().get("state")).containsExactly("running", "succeeded");
        assertThat(events.get(0).payload())
                .containsEntry("operationId", progress.operationId())
                .containsEntry("operation", "rollout")
                .containsEntry("target", "deployments.apps/shop/web")
                .containsEntry("percent", 40)
                .containsEntry("message", "2 of 5 replicas ready");
        assertThat(events.get(1).payload()).containsEntry("percent", 100);
        assertThat(events.get(0).source()).isEqualTo("deployments");
        assertThat(events).allSatisfy(e -> assertThat(e.audience()).isEqualTo(new EventAudience(
                List.of("alice"), List.of(progress.operationId()), List.of())));
    }

    @Test
    void detailsTravelWithTheEventAndPlainReportsCarryNone() {
        bus.subscribe(events::add);
        BusProgressReporter progress = new BusProgressReporter(bus, "deployments", "rollout", "x", "alice");
        progress.step(50, "1 of 2 ready", java.util.Map.of("ready", 1, "desired", 2));
        progress.failed("deadline", java.util.Map.of("reason", "ProgressDeadlineExceeded"));
        assertThat(events.get(0).payload()).containsEntry("details", java.util.Map.of("ready", 1, "desired", 2));
        assertThat(events.get(1).payload()).containsEntry("state", "failed")
                .containsEntry("details", java.util.Map.of("reason", "ProgressDeadlineExceeded"));
        progress.step(10, "late");
        assertThat(events).hasSize(2);
    }

    @Test
    void withoutAStartingUserOnlyTheOperationsFollowersAreAddressed() {
        bus.subscribe(events::add);
        BusProgressReporter progress = new BusProgressReporter(bus, "p", "rollout", "x", null);
        progress.succeeded("done");
        assertThat(events).singleElement().satisfies(e ->
                assertThat(e.audience()).isEqualTo(EventAudience.operation(progress.operationId())));
    }

    @Test
    void reportsAfterATerminalStateAreIgnored() {
        bus.subscribe(events::add);
        BusProgressReporter progress = new BusProgressReporter(bus, "p", "rollout", "x", null);

        progress.failed("Image pull failed");
        progress.step(90, "late step");
        progress.succeeded("late success");
        progress.failed("again");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.payload()).containsEntry("state", "failed").containsEntry("message", "Image pull failed");
        });
    }

    @Test
    void percentIsClampedAndIdsAreUnique() {
        bus.subscribe(events::add);
        BusProgressReporter progress = new BusProgressReporter(bus, "p", "rollout", "x", null);
        progress.step(150, "over");
        progress.step(-3, "under");
        assertThat(events).extracting(e -> e.payload().get("percent")).containsExactly(100, 0);
        assertThat(progress.operationId()).isNotEqualTo(new BusProgressReporter(bus, "p", "r", "x", null).operationId());
    }
}
