package io.k8sdashboard.server.audit;

import java.time.Instant;
import java.util.List;

/** Records for the audit tests. */
final class AuditRecords {

    private AuditRecords() {
    }

    /** A successful mutation record of {@code user} on a ConfigMap {@code name} in {@code namespace}. */
    static AuditRecord patch(String user, String namespace, String name) {
        return new AuditRecord(Instant.parse("2026-12-01T10:00:00Z").toString(), "req-" + name, user, List.of("team"), "patch",
                "configmaps", namespace, name, false, 200, null, AuditRecord.SUCCESS, null, null);
    }

    /** A refused action record. */
    static AuditRecord refusedAction(String user, String namespace, String name) {
        return AuditRecord.ofAction(Instant.parse("2026-12-01T10:00:00Z"), "req-" + name, user, List.of(), "configmaps",
                namespace, name, true, 403, "forbidden", "action-plugin", "annotate");
    }

    static List<String> names(AuditPage page) {
        return page.items().stream().map(AuditRecord::name).toList();
    }
}
