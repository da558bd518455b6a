package io.k8sdashboard.server.problem;

/**
 * The problem for a bare HTTP status that JAX-RS or the servlet container raised itself (unknown
 * path, wrong method, unacceptable type, a URL it would not parse): its type, title and detail.
 *
 * @param type problem id
 * @param title title
 * @param detail detail
 */
public record HttpStatusProblem(String type, String title, String detail) {

    /**
     * The problem for a status.
     *
     * @param path the request path, as the client sent it
     * @param method the request method
     */
    public static HttpStatusProblem of(int status, String path, String method) {
        String title = reason(status);
        String type = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal-error";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 400 -> "The request could not be read";
            case 404 -> "Nothing is served at " + (path == null ? "this path" : path);
            case 405 -> "This path does not accept " + (method == null ? "this method" : method);
            case 500 -> "Something went wrong on the server";
            default -> title;
        };
        return new HttpStatusProblem(type, title, detail);
    }

    /** The reason phrase of a status, or "HTTP nnn". */
    public static String reason(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
