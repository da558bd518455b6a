package io.k8sdashboard.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The audit trail's settings from MP Config ({@code dashboard.audit.*}). */
@ApplicationScoped
public class AuditSettings {

    @Inject
    @ConfigProperty(name = "dashboard.audit.readers-group", defaultValue = "dashboard-auditors")
    String readersGroup;

    @Inject
    @ConfigProperty(name = "dashboard.audit.ring-size", defaultValue = "10000")
    int ringSize;

    @Inject
    @ConfigProperty(name = "dashboard.audit.stream-max-length", defaultValue = "100000")
    int streamMaxLength;

    /** The group whose members may read {@code GET /api/v1/audit}. */
    public String readersGroup() {
        return readersGroup;
    }

    /** Records this replica keeps in memory (at least 1). */
    public int ringSize() {
        return Math.max(1, ringSize);
    }

    /** About how many records the Redis stream keeps (trimmed with {@code MAXLEN ~}). */
    public int streamMaxLength() {
        return Math.max(1, streamMaxLength);
    }
}
