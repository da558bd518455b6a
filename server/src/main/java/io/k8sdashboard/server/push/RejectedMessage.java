package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;

/**
 * A client message that cannot be carried out: answered with an {@code error} message, the
 * connection stays open.
 */
final class RejectedMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String subscriptionId;
    private final transient DashboardException problem;

    /**
     * @param subscriptionId the subscription the message was about (when its id was valid), else {@code null}
     * @param problem status, title, detail and field of the answer
     */
    RejectedMessage(String subscriptionId, DashboardException problem) {
        super(problem.getMessage(), null, false, false);
        this.subscriptionId = subscriptionId;
        this.problem = problem;
    }

    String subscriptionId() {
        return subscriptionId;
    }

    DashboardException problem() {
        return problem;
    }
}
