package io.k8sdashboard.server.identity;

import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import java.util.Objects;

/** The outcome of identifying a request: who it acts for, or the problem to answer with. */
public sealed interface IdentityDecision {

    /** The request acts for this identity. */
    record Accepted(RequestIdentity identity) implements IdentityDecision {
        public Accepted {
            Objects.requireNonNull(identity, "identity");
        }
    }

    /**
     * The request is refused.
     *
     * @param status 400, 401 or 403
     * @param problemType stable problem id
     * @param title short summary
     * @param detail what the client should know (never echoes header values)
     */
    record Refused(int status, String problemType, String title, String detail) implements IdentityDecision {
    }
}
