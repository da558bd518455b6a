package io.k8sdashboard.server.audit;

import io.k8sdashboard.server.mutations.MutationAttempt;
import io.k8sdashboard.server.mutations.MutationObserver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one audit record per attempt to change the cluster: every mutation (as the
 * {@link MutationObserver} of the mutation service) and every plugin action (called by the action
 * runner). Each record is a compact JSON log line on its own logger, {@value #LOGGER}, so it can
 * be routed or kept apart from other logs; it is counted in {@code dashboard_audit_records_total}
 * and kept for {@code GET /api/v1/audit} ({@link AuditStore}). The record names the object, never
 * its content: no Secret value can appear in it.
 */
@ApplicationScoped
public class AuditLog implements MutationObserver {

    /** The logger of audit records. */
    public static final String LOGGER = "io.k8sdashboard.audit";

    private static final Logger AUDIT = Logger.getLogger(LOGGER);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    AuditStore store;
    @Inject
    AuditMetrics metrics;

    private AuditCounter counter;

    /** For CDI, and for tests that only read the log line. */
    public AuditLog() {
    }

    /** For tests: an explicit store and counter. */
    public AuditLog(AuditStore store, AuditCounter counter) {
        this.store = store;
        this.counter = counter;
    }

    @Override
    public void attempted(MutationAttempt attempt) {
        write(AuditRecord.of(attempt));
    }

    /** Writes one record: the log line, the metric, the store. Never throws. */
    public void write(AuditRecord record) {
        AUDIT.info(line(record));
        try {
            AuditCounter count = counter != null ? counter : metrics;
            if (count != null) {
                count.written(record.verb(), record.outcome());
            }
            if (store != null) {
                store.append(record);
            }
        } catch (RuntimeException e) {
            AUDIT.log(Level.WARNING, "Audit record logged but not counted or stored: " + e.getMessage(), e);
        }
    }

    /** The record as one JSON object, {@code "type":"audit"} first. */
    public static String line(AuditRecord record) {
        ObjectNode line = JSON.createObjectNode().put("type", "audit");
        line.setAll((ObjectNode) JSON.valueToTree(record));
        return JSON.writeValueAsString(line);
    }
}
