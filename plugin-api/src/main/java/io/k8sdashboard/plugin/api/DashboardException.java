package io.k8sdashboard.plugin.api;

/**
 * The one unchecked exception root of the dashboard. The host maps it to an
 * {@code application/problem+json} response (RFC 9457) with the given status, a stable
 * {@code type} URI built from {@link #problemType()}, the {@link #title()} and the message as
 * {@code detail}.
 *
 * @since 1.0.0
 */
public class DashboardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String problemType;
    private final String title;

    /**
     * Creates a problem.
     *
     * @param status the HTTP status
     * @param problemType a stable kebab-case id ("invalid-input"), the last segment of {@code type}
     * @param title a short, stable summary of the problem type
     * @param detail what happened in this occurrence, for the user
     * @since 1.0.0
     */
    public DashboardException(int status, String problemType, String title, String detail) {
        super(detail);
        this.status = status;
        this.problemType = problemType;
        this.title = title;
    }

    /**
     * Creates a problem with a cause.
     *
     * @param status the HTTP status
     * @param problemType a stable kebab-case id
     * @param title a short summary
     * @param detail what happened
     * @param cause the underlying exception, logged but never sent to the client
     * @since 1.0.0
     */
    public DashboardException(int status, String problemType, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.problemType = problemType;
        this.title = title;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     * @since 1.0.0
     */
    public int status() {
        return status;
    }

    /**
     * The problem type id.
     *
     * @return the id
     * @since 1.0.0
     */
    public String problemType() {
        return problemType;
    }

    /**
     * The title.
     *
     * @return the title
     * @since 1.0.0
     */
    public String title() {
        return title;
    }
}
