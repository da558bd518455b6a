package io.k8sdashboard.server.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness covers the process only: a restart cures neither an unreachable cluster nor a broken
 * plugin, so neither may fail it. Heap figures are data for whoever looks, not a verdict.
 */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("process").up()
                .withData("heapUsedBytes", heap.getUsed())
                .withData("heapMaxBytes", heap.getMax())
                .build();
    }
}
