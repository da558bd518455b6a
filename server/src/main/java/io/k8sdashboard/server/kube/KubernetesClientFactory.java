package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

/** Builds the dashboard's fabric8 clients the one way that works in Liberty: JDK HTTP client, metrics on. */
public final class KubernetesClientFactory {

    private KubernetesClientFactory() {
    }

    /**
     * Builds a client.
     *
     * @param config the connection
     * @param counter where request counts go
     * @return the client; the caller owns it and closes it on shutdown
     */
    public static KubernetesClient build(Config config, ApiCallCounter counter) {
        return new KubernetesClientBuilder()
                // fabric8 8 defaults to Vert.x 5, which we exclude (see stack.md).
                .withHttpClientFactory(new JdkHttpClientFactory())
                .withConfig(config)
                .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor(ApiCallMetricsInterceptor.NAME,
                        new ApiCallMetricsInterceptor(counter)))
                .build();
    }
}
