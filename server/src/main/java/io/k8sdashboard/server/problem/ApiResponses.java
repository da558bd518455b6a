package io.k8sdashboard.server.problem;

/**
 * Names of the problem responses that {@link io.k8sdashboard.server.DashboardApplication}
 * declares once in /openapi's components, for operations to refer to with
 * {@code @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)}.
 */
public final class ApiResponses {

    /** The media type of every error body. */
    public static final String PROBLEM = Problems.MEDIA_TYPE;

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String CONFLICT = "Conflict";
    public static final String GONE = "Gone";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String UNAVAILABLE = "Unavailable";

    private ApiResponses() {
    }
}
