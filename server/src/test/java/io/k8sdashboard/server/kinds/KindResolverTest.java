package io.k8sdashboard.server.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindResolverTest {

    private static RegisteredKind kind(String group, String version, String kind, String plural, String source, String... shortNames) {
        return RegisteredKind.of(new ResourceKindProvider() {
            @Override
            public KindDescriptor kind() {
                return new KindDescriptor(group, version, kind, plural, true);
            }

            @Override
            public List<Column> columns() {
                return List.of();
            }

            @Override
            public List<String> shortNames() {
                return List.of(shortNames);
            }
        }, source);
    }

    private static final List<RegisteredKind> KINDS = List.of(
            kind("", "v1", "Pod", "pods", "plugin", "po"),
            kind("apps", "v1", "Deployment", "deployments", "plugin", "deploy"),
            kind("extensions.example.com", "v1", "Deployment", "deployments", "crd"),
            kind("", "v1", "Event", "events", "plugin", "ev"),
            kind("events.k8s.io", "v1", "Event", "events", "plugin"),
            kind("cert-manager.io", "v1", "Certificate", "certificates", "crd", "cert", "certs"));

    @ParameterizedTest
    @CsvSource({
        "pods, pods", "pod, pods", "Pod, pods", "po, pods", "PODS, pods",
        "deployments.apps, deployments.apps", "deployment.apps, deployments.apps", "deployments.v1.apps, deployments.apps",
        "deploy, deployments.apps", "Deployment.apps, deployments.apps",
        "deployments.extensions.example.com, deployments.extensions.example.com",
        "certificates.cert-manager.io, certificates.cert-manager.io", "certificates, certificates.cert-manager.io",
        "cert, certificates.cert-manager.io",
        "events, events", "events.events.k8s.io, events.events.k8s.io",
    })
    void resolvesLikeKubectl(String name, String expected) {
        assertThat(KindResolver.resolve(name, KINDS).resourceName()).isEqualTo(expected);
    }

    @Test
    void unknownKindsAre404s() {
        for (String name : List.of("gizmos", "pods.apps", "deployments.v2.apps", "", "certificates.example.com")) {
            assertThatThrownBy(() -> KindResolver.resolve(name, KINDS)).isInstanceOfSatisfying(NotFoundException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.problemType()).isEqualTo("unknown-kind");
            });
        }
    }

    @Test
    void aPluginKindShadowsACrdOfTheSameResourceName() {
        RegisteredKind pluginCert = kind("cert-manager.io", "v1", "Certificate", "certificates", "plugin");
        RegisteredKind crdCert = kind("cert-manager.io", "v1", "Certificate", "certificates", "crd");
        KindRegistry registry = new KindRegistry(() -> List.of(pluginCert), () -> List.of());
        // The registry drops CRD kinds whose name a plugin serves; simulate with the resolver over its output.
        assertThat(registry.kinds()).containsExactly(pluginCert);
        assertThat(KindResolver.resolve("certificates.cert-manager.io", List.of(pluginCert, crdCert)).source()).isEqualTo("plugin");
    }
}
