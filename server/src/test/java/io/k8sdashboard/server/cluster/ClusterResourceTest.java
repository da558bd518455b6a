package io.k8sdashboard.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.identity.IdentitySettings;
import io.k8sdashboard.server.kube.ApiCallCounter;
import io.k8sdashboard.server.kube.AuthMode;
import io.k8sdashboard.server.kube.MockCluster;
import io.k8sdashboard.server.redis.FallbackCounter;
import io.k8sdashboard.server.redis.SharedTtlCache;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cluster's version is served through the shared TTL cache (one copy for every replica); the auth mode is the one in effect. */
class ClusterResourceTest {

    @Test
    void theVersionComesFromTheSharedCopyWhileItIsFresh() {
        try (MockCluster mock = MockCluster.empty(ApiCallCounter.NONE)) {
            SharedTtlCache shared = new SharedTtlCache(null, FallbackCounter.NONE, Clock.systemUTC());
            // Another replica (or an earlier request) stored the version first.
            shared.get("cluster-version", String.class, Duration.ofMinutes(5), () -> "v1.34.1-first-seen");
            ClusterResource resource = new ClusterResource();
            resource.connection = mock.connection();
            resource.shared = shared;
            resource.identity = IdentitySettings.of(null, AuthMode.PROXY);

            ClusterInfo info = resource.cluster();

            assertThat(info.reachable()).isTrue();
            assertThat(info.kubernetesVersion()).isEqualTo("v1.34.1-first-seen");
        }
    }

    @Test
    void anUnreachableClusterShowsNoVersionEvenWithASharedCopy() {
        SharedTtlCache shared = new SharedTtlCache(null, FallbackCounter.NONE, Clock.systemUTC());
        shared.get("cluster-version", String.class, Duration.ofMinutes(5), () -> "v1.34.1-first-seen");
        ClusterResource resource = new ClusterResource();
        resource.shared = shared;
        MockCluster mock = MockCluster.empty(ApiCallCounter.NONE);
        resource.connection = mock.connection();
        resource.identity = IdentitySettings.of(null, AuthMode.PROXY);
        mock.close();

        ClusterInfo info = resource.cluster();

        assertThat(info.reachable()).isFalse();
        assertThat(info.kubernetesVersion()).isNull();
    }

    @Test
    void theAuthModeIsTheOneInEffectNotTheClusterModesDefault() {
        try (MockCluster mock = MockCluster.empty(ApiCallCounter.NONE)) {
            ClusterResource resource = new ClusterResource();
            resource.connection = mock.connection();
            resource.shared = new SharedTtlCache(null, FallbackCounter.NONE, Clock.systemUTC());

            // A demo or kubeconfig cluster defaults to local; behind OAuth2-Proxy it is set to proxy.
            resource.identity = IdentitySettings.of("proxy", AuthMode.LOCAL);
            assertThat(resource.cluster().authMode()).isEqualTo("proxy");
            resource.identity = IdentitySettings.of("local", AuthMode.PROXY);
            assertThat(resource.cluster().authMode()).isEqualTo("local");
            resource.identity = IdentitySettings.of(null, AuthMode.LOCAL);
            assertThat(resource.cluster().authMode()).isEqualTo("local");
        }
    }
}
