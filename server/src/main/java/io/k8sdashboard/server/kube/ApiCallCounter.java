package io.k8sdashboard.server.kube;

/** Where {@link ApiCallMetricsInterceptor} counts: MP Metrics in the server, a map in tests. */
@FunctionalInterface
public interface ApiCallCounter {

    /**
     * Counts one Kubernetes API request.
     *
     * @param call verb and resource
     * @param code the HTTP status as text, or "error" when no response came back
     */
    void count(ApiCall call, String code);

    /** Counts nothing (clients built outside the server, e.g. by tests). */
    ApiCallCounter NONE = (call, code) -> { };
}
