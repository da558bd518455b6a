package io.k8sdashboard.server.audit;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param items the records
 * @param continueToken serialized as {@code continue}: pass it back to get the next (older) page;
 *                      {@code null} on the last page
 */
public record AuditPage(List<AuditRecord> items, @JsonbProperty("continue") String continueToken) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
