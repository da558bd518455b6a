package io.k8sdashboard.server.kinds;

import java.util.List;
import java.util.Map;

/**
 * One object as a table row.
 *
 * @param name metadata.name
 * @param namespace metadata.namespace, {@code null} for cluster-scoped objects
 * @param cells one value per column of the table (String, Number, Boolean or null)
 * @param status the kind's one-word status, {@code null} when it has none
 * @param labels metadata.labels
 * @param created metadata.creationTimestamp
 */
public record ResourceRow(String name, String namespace, List<Object> cells, String status, Map<String, String> labels,
        String created) {
}
