package io.k8sdashboard.server.mutations;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.problem.KubernetesClientExceptionMapper;

/** The HTTP status and problem type a failed attempt ends with, as the client will see them. */
public final class FailureOutcomes {

    private FailureOutcomes() {
    }

    /** The status of the problem {@code e} becomes. */
    public static int status(RuntimeException e) {
        if (e instanceof DashboardException d) {
            return d.status();
        }
        if (e instanceof KubernetesClientException k) {
            return KubernetesClientExceptionMapper.map(k).status();
        }
        return 500;
    }

    /** The problem type {@code e} becomes. */
    public static String reason(RuntimeException e) {
        if (e instanceof DashboardException d) {
            return d.problemType();
        }
        if (e instanceof KubernetesClientException k) {
            return KubernetesClientExceptionMapper.map(k).type();
        }
        return "internal-error";
    }
}
