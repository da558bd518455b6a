package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.KubeObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pod's READY, STATUS and RESTARTS as kubectl computes them (printPod in kubectl's printers):
 * the phase, overridden by the reason of the first unfinished init container ("Init:1/3",
 * "Init:CrashLoopBackOff") or else of the last main container that is waiting or terminated
 * ("CrashLoopBackOff", "Completed", "ExitCode:1"), and "Terminating" once deletion started.
 * Sidecars (init containers with restartPolicy Always) count as containers once started.
 *
 * @param ready ready containers
 * @param total containers, sidecars included
 * @param restarts restart count as kubectl sums it
 * @param reason the STATUS text
 */
record PodStatus(long ready, long total, long restarts, String reason) {

    static PodStatus of(KubeObject pod) {
        List<KubeObject> initSpecs = pod.objects("spec.initContainers");
        Set<String> sidecars = initSpecs.stream().filter(c -> "Always".equals(c.string("restartPolicy")))
                .map(c -> c.string("name")).collect(Collectors.toSet());
        long total = pod.objects("spec.containers").size() + sidecars.size();
        long ready = 0;
        long restarts = 0;
        long sidecarRestarts = 0;
        String reason = pod.string("status.reason") != null ? pod.string("status.reason") : pod.string("status.phase");
        for (KubeObject condition : pod.objects("status.conditions")) {
            if ("PodScheduled".equals(condition.string("type")) && "SchedulingGated".equals(condition.string("reason"))) {
                reason = "SchedulingGated";
            }
        }

        boolean initializing = false;
        List<KubeObject> initStatuses = pod.objects("status.initContainerStatuses");
        for (int i = 0; i < initStatuses.size(); i++) {
            KubeObject c = initStatuses.get(i);
            restarts += Cells.count(c, "restartCount");
            boolean sidecar = sidecars.contains(c.string("name"));
            if (sidecar) {
                sidecarRestarts += Cells.count(c, "restartCount");
            }
            String terminatedReason = c.string("state.terminated.reason");
            String waitingReason = c.string("state.waiting.reason");
            if (c.get("state.terminated") != null && Cells.count(c, "state.terminated.exitCode") == 0) {
                continue;
            }
            if (sidecar && Boolean.TRUE.equals(c.get("started"))) {
                if (Boolean.TRUE.equals(c.get("ready"))) {
                    ready++;
                }
                continue;
            }
            if (c.get("state.terminated") != null) {
                reason = "Init:" + (isEmpty(terminatedReason) ? exit(c) : terminatedReason);
            } else if (!isEmpty(waitingReason) && !"PodInitializing".equals(waitingReason)) {
                reason = "Init:" + waitingReason;
            } else {
                reason = "Init:" + i + "/" + initSpecs.size();
            }
            initializing = true;
            break;
        }

        if (!initializing || Cells.conditionTrue(pod, "status.conditions", "Initialized")) {
            restarts = sidecarRestarts;
            boolean hasRunning = false;
            List<KubeObject> statuses = pod.objects("status.containerStatuses");
            for (int i = statuses.size() - 1; i >= 0; i--) {
                KubeObject c = statuses.get(i);
                restarts += Cells.count(c, "restartCount");
                String waitingReason = c.string("state.waiting.reason");
                String terminatedReason = c.string("state.terminated.reason");
                if (!isEmpty(waitingReason)) {
                    reason = waitingReason;
                } else if (!isEmpty(terminatedReason)) {
                    reason = terminatedReason;
                } else if (c.get("state.terminated") != null) {
                    reason = exit(c);
                } else if (Boolean.TRUE.equals(c.get("ready")) && c.get("state.running") != null) {
                    hasRunning = true;
                    ready++;
                }
            }
            // A finished container next to a running one: the pod is still serving.
            if ("Completed".equals(reason) && hasRunning) {
                reason = Cells.conditionTrue(pod, "status.conditions", "Ready") ? "Running" : "NotReady";
            }
        }

        String phase = pod.string("status.phase");
        if (pod.get("metadata.deletionTimestamp") != null) {
            if ("NodeLost".equals(pod.string("status.reason"))) {
                reason = "Unknown";
            } else if (!"Succeeded".equals(phase) && !"Failed".equals(phase)) {
                reason = "Terminating";
            }
        }
        return new PodStatus(ready, total, restarts, reason);
    }

    String readyText() {
        return ready + "/" + total;
    }

    private static String exit(KubeObject container) {
        long signal = Cells.count(container, "state.terminated.signal");
        return signal != 0 ? "Signal:" + signal : "ExitCode:" + Cells.count(container, "state.terminated.exitCode");
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
