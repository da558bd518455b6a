package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.server.kinds.ResourceRow;
import java.util.List;

/**
 * One page of rows served from memory.
 *
 * @param rows the rows, in the order asked for
 * @param continueToken the token for the next page, {@code null} on the last page
 * @param total how many rows matched the query (across all pages)
 * @param resourceVersion the kind's last resourceVersion seen by the model when the page was cut
 */
public record RowPage(List<ResourceRow> rows, String continueToken, int total, String resourceVersion) {

    public RowPage {
        rows = List.copyOf(rows);
    }
}
