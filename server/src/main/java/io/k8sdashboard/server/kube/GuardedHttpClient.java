package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.http.WebSocket;
import io.k8sdashboard.server.resilience.CircuitBreaker;
import io.k8sdashboard.server.resilience.DependencyUnavailableException;
import java.io.Closeable;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * fabric8's HTTP client with the dashboard's one retry policy and the {@code kubernetes} circuit
 * breaker around every request (fabric8's own retries are off, see {@link KubernetesClientFactory}).
 *
 * <ul>
 * <li>Every attempt asks the breaker first: while it is open the call fails at once with
 * {@link DependencyUnavailableException}, so an outage costs no threads and no requests.</li>
 * <li>Only idempotent calls ({@link IdempotentCalls}) are retried, on a connection failure
 * (not a timeout: the caller has waited enough), a 503, or a 429 whose {@code Retry-After} fits
 * the backoff's cap; at most {@code maxAttempts} in all, with exponential backoff and full jitter.</li>
 * <li>Connection failures, timeouts and 502/503/504 count against the breaker; any other answer
 * (403 and 404 included) proves the API server is there and closes it.</li>
 * <li>Every attempt that got no answer is counted as {@code k8s_api_requests_total{code="error"}}
 * (answered ones are counted by {@link ApiCallMetricsInterceptor}); calls the open breaker
 * refused were never sent and are not counted.</li>
 * </ul>
 * Derived clients ({@link #newBuilder()}, e.g. impersonating ones) are guarded by the same policy.
 * WebSocket upgrades pass unguarded: watches reconnect with fabric8's own backoff and re-list
 * through {@link #sendAsync}.
 */
final class GuardedHttpClient implements HttpClient {

    private final HttpClient delegate;
    private final KubernetesCallPolicy policy;
    private final ApiCallCounter counter;

    GuardedHttpClient(HttpClient delegate, KubernetesCallPolicy policy, ApiCallCounter counter) {
        this.delegate = delegate;
        this.policy = policy;
        this.counter = counter;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, Class<T> type) {
        return guarded(request, () -> delegate.sendAsync(request, type), GuardedHttpClient::closeBody);
    }

    @Override
    public CompletableFuture<HttpResponse<AsyncBody>> consumeBytes(HttpRequest request, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        return guarded(request, () -> delegate.consumeBytes(request, consumer), r -> r.body().cancel());
    }

    private <R extends HttpResponse<?>> CompletableFuture<R> guarded(HttpRequest request, Supplier<CompletableFuture<R>> send,
            Consumer<R> discard) {
        CompletableFuture<R> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<R>> inFlight = new AtomicReference<>();
        result.whenComplete((r, t) -> {
            CompletableFuture<R> current = inFlight.get();
            if (result.isCancelled() && current != null) {
                current.cancel(true);
            }
        });
        attempt(1, request, send, discard, result, inFlight);
        return result;
    }

    private <R extends HttpResponse<?>> void attempt(int attempt, HttpRequest request, Supplier<CompletableFuture<R>> send,
            Consumer<R> discard, CompletableFuture<R> result, AtomicReference<CompletableFuture<R>> inFlight) {
        if (result.isDone()) {
            return;
        }
        CircuitBreaker breaker = policy.breaker();
        try {
            breaker.acquire();
        } catch (DependencyUnavailableException e) {
            result.completeExceptionally(e);
            return;
        }
        CompletableFuture<R> call;
        try {
            call = send.get();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        inFlight.set(call);
        call.whenComplete((response, error) -> {
            Duration wait = error != null
                    ? afterFailure(attempt, request, unwrap(error))
                    : afterAnswer(attempt, request, response);
            if (wait == null || result.isDone()) {
                if (error != null) {
                    result.completeExceptionally(unwrap(error));
                } else if (!result.complete(response)) {
                    discard.accept(response);
                }
                return;
            }
            if (response != null) {
                discard.accept(response);
            }
            CompletableFuture.runAsync(() -> attempt(attempt + 1, request, send, discard, result, inFlight),
                    CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS));
        });
    }

    /** Reports a failure to the breaker; the wait before a retry, or {@code null} for none. */
    private Duration afterFailure(int attempt, HttpRequest request, Throwable error) {
        if (!(error instanceof IOException)) {
            return null; // cancelled, or fabric8's own failure: says nothing about the API server
        }
        policy.breaker().failure();
        // Answered attempts are counted by ApiCallMetricsInterceptor; fabric8 tells interceptors of
        // a failure only when its own retries are on, so unanswered attempts are counted here.
        counter.count(ApiCall.classify(request.method(), request.uri()), "error");
        boolean connectionFailure = !(error instanceof HttpTimeoutException);
        return connectionFailure && retryable(attempt, request) ? policy.backoff().delayAfter(attempt) : null;
    }

    /** Reports an answer to the breaker; the wait before a retry, or {@code null} for none. */
    private Duration afterAnswer(int attempt, HttpRequest request, HttpResponse<?> response) {
        int code = response.code();
        if (code == 502 || code == 503 || code == 504) {
            policy.breaker().failure();
        } else {
            policy.breaker().success();
        }
        if ((code != 503 && code != 429) || !retryable(attempt, request)) {
            return null;
        }
        Duration asked = retryAfter(response);
        if (asked == null) {
            return policy.backoff().delayAfter(attempt);
        }
        return policy.backoff().honour(asked);
    }

    private boolean retryable(int attempt, HttpRequest request) {
        return policy.backoff().mayRetryAfter(attempt) && IdempotentCalls.retryable(request);
    }

    /** {@code Retry-After} in seconds (the API server never sends a date), else {@code null}. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void closeBody(HttpResponse<?> response) {
        if (response.body() instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // a body we throw away
            }
        }
    }

    @Override
    public DerivedClientBuilder newBuilder() {
        return new Derived(delegate.newBuilder(), policy, counter);
    }

    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        return delegate.newWebSocketBuilder();
    }

    @Override
    public HttpRequest.Builder newHttpRequestBuilder() {
        return delegate.newHttpRequestBuilder();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** Builds derived clients guarded like their parent. */
    private record Derived(DerivedClientBuilder delegate, KubernetesCallPolicy policy, ApiCallCounter counter) implements DerivedClientBuilder {

        @Override
        public HttpClient build() {
            return new GuardedHttpClient(delegate.build(), policy, counter);
        }

        @Override
        public DerivedClientBuilder addOrReplaceInterceptor(String name, Interceptor interceptor) {
            delegate.addOrReplaceInterceptor(name, interceptor);
            return this;
        }

        @Override
        public DerivedClientBuilder authenticatorNone() {
            delegate.authenticatorNone();
            return this;
        }

        @Override
        public DerivedClientBuilder tag(Object value) {
            delegate.tag(value);
            return this;
        }
    }
}
