package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

/**
 * Builds the dashboard's fabric8 clients the one way that works in Liberty: JDK HTTP client,
 * metrics on, and every request guarded by the {@link KubernetesCallPolicy} (timeouts, retries of
 * idempotent calls, the circuit breaker) instead of fabric8's own retries.
 */
public final class KubernetesClientFactory {

    private KubernetesClientFactory() {
    }

    /** A client with the default policy (tests and tools). */
    public static KubernetesClient build(Config config, ApiCallCounter counter) {
        return build(config, counter, KubernetesCallPolicy.defaults());
    }

    /**
     * Builds a client.
     *
     * @param config the connection; its timeouts and retry limit are set from {@code policy}
     * @param counter where request counts go
     * @param policy timeouts, retries and breaker
     * @return the client; the caller owns it and closes it on shutdown
     */
    public static KubernetesClient build(Config config, ApiCallCounter counter, KubernetesCallPolicy policy) {
        config.setConnectionTimeout((int) policy.connectTimeout().toMillis());
        config.setRequestTimeout((int) policy.requestTimeout().toMillis());
        // One retry policy, GuardedHttpClient's: fabric8's own would multiply its attempts.
        config.setRequestRetryBackoffLimit(0);
        return new KubernetesClientBuilder()
                // fabric8 8 defaults to Vert.x 5, which we exclude (see stack.md).
                .withHttpClientFactory(new GuardedHttpClientFactory(new JdkHttpClientFactory(), policy, counter))
                .withConfig(config)
                .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor(ApiCallMetricsInterceptor.NAME,
                        new ApiCallMetricsInterceptor(counter)))
                .build();
    }
}
