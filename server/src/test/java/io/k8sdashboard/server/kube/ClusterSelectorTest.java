package io.k8sdashboard.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSelectorTest {

    @TempDir
    Path tmp;

    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
            - {name: c1, cluster: {server: 'https://one.example:6443'}}
            - {name: c2, cluster: {server: 'https://two.example:6443'}}
            users:
            - {name: u, user: {token: abc}}
            contexts:
            - {name: first, context: {cluster: c1, user: u}}
            - {name: second, context: {cluster: c2, user: u}}
            current-context: first
            """;

    private ClusterSettings settings(String apiUrl, String kubeconfig, String context, ClusterSettings.Demo demo) {
        return new ClusterSettings(Optional.ofNullable(apiUrl), Optional.ofNullable(apiUrl == null ? null : "t0ken"), Optional.empty(), false,
                Optional.ofNullable(kubeconfig), Optional.ofNullable(context), demo);
    }

    private ClusterSettings none(ClusterSettings.Demo demo) {
        return new ClusterSettings(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), demo);
    }

    private ClusterEnvironment emptyEnv() {
        return new ClusterEnvironment(Optional.empty(), Optional.of(tmp.resolve("home").toString()), Optional.empty(),
                Optional.empty(), tmp.resolve("no-sa"));
    }

    @Test
    void explicitApiUrlWinsAndDefaultsToProxyAuth() {
        ClusterTarget target = ClusterSelector.select(settings("https://k8s.example:6443", null, null, ClusterSettings.Demo.AUTO), emptyEnv());
        assertThat(target.mode()).isEqualTo(ClusterMode.API_URL);
        assertThat(target.config().getMasterUrl()).startsWith("https://k8s.example:6443");
        assertThat(target.config().getOauthToken()).isEqualTo("t0ken");
        assertThat(target.mode().defaultAuthMode()).isEqualTo(AuthMode.PROXY);
    }

    @Test
    void kubeconfigPathAndContext() throws Exception {
        Path file = Files.writeString(tmp.resolve("kc.yaml"), KUBECONFIG);
        ClusterTarget target = ClusterSelector.select(settings(null, file.toString(), "second", ClusterSettings.Demo.AUTO), emptyEnv());
        assertThat(target.mode()).isEqualTo(ClusterMode.KUBECONFIG);
        assertThat(target.config().getMasterUrl()).startsWith("https://two.example:6443");
        assertThat(target.mode().defaultAuthMode()).isEqualTo(AuthMode.LOCAL);
    }

    @Test
    void kubeconfigEnvironmentVariableIsUsedWhenNothingIsConfigured() throws Exception {
        Path file = Files.writeString(tmp.resolve("kc.yaml"), KUBECONFIG);
        ClusterEnvironment env = new ClusterEnvironment(Optional.of(file.toString()), Optional.empty(), Optional.empty(),
                Optional.empty(), tmp.resolve("no-sa"));
        ClusterTarget target = ClusterSelector.select(none(ClusterSettings.Demo.AUTO), env);
        assertThat(target.mode()).isEqualTo(ClusterMode.KUBECONFIG);
        assertThat(target.config().getMasterUrl()).startsWith("https://one.example:6443");
    }

    @Test
    void inClusterServiceAccount() throws Exception {
        Path sa = Files.createDirectories(tmp.resolve("sa"));
        Files.writeString(sa.resolve("token"), "sa-token\n");
        ClusterEnvironment env = new ClusterEnvironment(Optional.empty(), Optional.empty(), Optional.of("10.96.0.1"),
                Optional.of("443"), sa);
        ClusterTarget target = ClusterSelector.select(none(ClusterSettings.Demo.AUTO), env);
        assertThat(target.mode()).isEqualTo(ClusterMode.IN_CLUSTER);
        assertThat(target.config().getMasterUrl()).startsWith("https://10.96.0.1:443");
        assertThat(target.config().getOauthTokenProvider().getToken()).isEqualTo("sa-token");
        assertThat(target.mode().defaultAuthMode()).isEqualTo(AuthMode.PROXY);
    }

    @Test
    void demoOnlyWhenNothingIsConfigured() {
        assertThat(ClusterSelector.select(none(ClusterSettings.Demo.AUTO), emptyEnv()).mode()).isEqualTo(ClusterMode.DEMO);
        assertThat(ClusterMode.DEMO.defaultAuthMode()).isEqualTo(AuthMode.LOCAL);
    }

    @Test
    void demoFalseWithNothingConfiguredIsAnErrorNotAFallback() {
        ClusterTarget target = ClusterSelector.select(none(ClusterSettings.Demo.FALSE), emptyEnv());
        assertThat(target.ok()).isFalse();
        assertThat(target.mode()).isNull();
        assertThat(target.error()).contains("dashboard.cluster.demo=false");
    }

    @Test
    void missingKubeconfigFileIsAnErrorNotADemo() {
        ClusterTarget target = ClusterSelector.select(settings(null, tmp.resolve("nope").toString(), null, ClusterSettings.Demo.AUTO), emptyEnv());
        assertThat(target.ok()).isFalse();
        assertThat(target.error()).contains("does not exist");
    }

    @Test
    void unreachableConfiguredClusterIsReportedNotReplacedByDemo() {
        // Port 1 on loopback: nothing listens there.
        ClusterTarget target = ClusterSelector.select(settings("https://127.0.0.1:1", null, null, ClusterSettings.Demo.AUTO), emptyEnv());
        ClusterConnection connection = new ClusterConnection(target, ApiCallCounter.NONE);
        try {
            ClusterStatus status = connection.status();
            assertThat(status.reachable()).isFalse();
            assertThat(status.error()).contains("unreachable");
            assertThat(connection.mode()).isEqualTo(ClusterMode.API_URL);
        } finally {
            connection.close();
        }
    }
}
