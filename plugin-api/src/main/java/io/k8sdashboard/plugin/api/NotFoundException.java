package io.k8sdashboard.plugin.api;

/**
 * Something the client named does not exist (404).
 *
 * @since 1.0.0
 */
public class NotFoundException extends DashboardException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the problem.
     *
     * @param problemType a stable id ("unknown-kind", "resource-not-found")
     * @param detail what was not found
     * @since 1.0.0
     */
    public NotFoundException(String problemType, String detail) {
        super(404, problemType, "Not found", detail);
    }
}
