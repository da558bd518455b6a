package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A fabric8 HTTP interceptor counting every answered request the client sends, by verb, resource
 * and status. It sits on the shared HTTP client, so derived (impersonating) clients are counted
 * too. Retries are separate requests and are counted as such; attempts that got no answer are
 * counted by {@link GuardedHttpClient} (fabric8 reports them to interceptors only when its own
 * retries are on, and the dashboard turns those off).
 */
public final class ApiCallMetricsInterceptor implements Interceptor {

    /** The interceptor's name in the fabric8 HTTP client builder. */
    public static final String NAME = "dashboard-metrics";

    private final ApiCallCounter counter;

    public ApiCallMetricsInterceptor(ApiCallCounter counter) {
        this.counter = counter;
    }

    @Override
    public void after(HttpRequest request, HttpResponse<?> response, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        counter.count(ApiCall.classify(request.method(), request.uri()), Integer.toString(response.code()));
    }
}
