package io.k8sdashboard.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KindDescriptorTest {

    @Test
    void namesKindsLikeKubectl() {
        assertThat(new KindDescriptor("", "v1", "Pod", "pods", true).resourceName()).isEqualTo("pods");
        assertThat(new KindDescriptor("apps", "v1", "Deployment", "deployments", true).resourceName()).isEqualTo("deployments.apps");
        assertThat(new KindDescriptor("apps", "v1", "Deployment", "deployments", true).apiVersion()).isEqualTo("apps/v1");
        assertThat(new KindDescriptor("cert-manager.io", "v1", "Certificate", "certificates", true).resourceName())
                .isEqualTo("certificates.cert-manager.io");
    }

    @Test
    void rejectsMalformedParts() {
        assertThatThrownBy(() -> new KindDescriptor("Apps", "v1", "Deployment", "deployments", true)).hasMessageContaining("group");
        assertThatThrownBy(() -> new KindDescriptor("apps", "1", "Deployment", "deployments", true)).hasMessageContaining("version");
        assertThatThrownBy(() -> new KindDescriptor("apps", "v1", "deployment", "deployments", true)).hasMessageContaining("kind");
        assertThatThrownBy(() -> new KindDescriptor("apps", "v1", "Deployment", "Deployments", true)).hasMessageContaining("plural");
    }

    @Test
    void apiVersionIsReadFromTheBuild() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }
}
