package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.http.TlsVersion;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/** A fabric8 HTTP client factory whose clients are {@link GuardedHttpClient}s over another factory's. */
final class GuardedHttpClientFactory implements HttpClient.Factory {

    private final HttpClient.Factory delegate;
    private final KubernetesCallPolicy policy;
    private final ApiCallCounter counter;

    GuardedHttpClientFactory(HttpClient.Factory delegate, KubernetesCallPolicy policy, ApiCallCounter counter) {
        this.delegate = delegate;
        this.policy = policy;
        this.counter = counter;
    }

    @Override
    public HttpClient.Builder newBuilder() {
        return new Builder(delegate.newBuilder(), policy, counter);
    }

    @Override
    public int priority() {
        return delegate.priority();
    }

    /** Configures the wrapped builder; builds a guarded client. */
    private record Builder(HttpClient.Builder delegate, KubernetesCallPolicy policy, ApiCallCounter counter) implements HttpClient.Builder {

        @Override
        public HttpClient build() {
            return new GuardedHttpClient(delegate.build(), policy, counter);
        }

        @Override
        public HttpClient.Builder connectTimeout(long connectTimeout, TimeUnit unit) {
            delegate.connectTimeout(connectTimeout, unit);
            return this;
        }

        @Override
        public HttpClient.Builder websocketPingInterval(long interval, TimeUnit unit) {
            delegate.websocketPingInterval(interval, unit);
            return this;
        }

        @Override
        public HttpClient.Builder addOrReplaceInterceptor(String name, Interceptor interceptor) {
            delegate.addOrReplaceInterceptor(name, interceptor);
            return this;
        }

        @Override
        public HttpClient.Builder authenticatorNone() {
            delegate.authenticatorNone();
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(KeyManager[] keyManagers, TrustManager[] trustManagers) {
            delegate.sslContext(keyManagers, trustManagers);
            return this;
        }

        @Override
        public HttpClient.Builder followAllRedirects() {
            delegate.followAllRedirects();
            return this;
        }

        @Override
        public HttpClient.Builder proxyAddress(InetSocketAddress address) {
            delegate.proxyAddress(address);
            return this;
        }

        @Override
        public HttpClient.Builder proxyAuthorization(String credentials) {
            delegate.proxyAuthorization(credentials);
            return this;
        }

        @Override
        public HttpClient.Builder tlsVersions(TlsVersion... tlsVersions) {
            delegate.tlsVersions(tlsVersions);
            return this;
        }

        @Override
        public HttpClient.Builder tlsServerName(String serverName) {
            delegate.tlsServerName(serverName);
            return this;
        }

        @Override
        public HttpClient.Builder preferHttp11() {
            delegate.preferHttp11();
            return this;
        }

        @Override
        public HttpClient.Builder proxyType(HttpClient.ProxyType type) {
            delegate.proxyType(type);
            return this;
        }

        @Override
        public HttpClient.Builder tag(Object value) {
            delegate.tag(value);
            return this;
        }
    }
}
