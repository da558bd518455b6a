package io.k8sdashboard.server.kube;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the process environment says about reachable clusters: KUBECONFIG, the home directory's
 * kubeconfig and the in-cluster service account. Separate from {@link ClusterSettings} so tests
 * can describe an environment instead of depending on the machine's.
 *
 * @param kubeconfigEnv the KUBECONFIG variable
 * @param homeDir the user's home directory
 * @param serviceHost KUBERNETES_SERVICE_HOST
 * @param servicePort KUBERNETES_SERVICE_PORT
 * @param serviceAccountDir the mounted service account directory
 */
public record ClusterEnvironment(Optional<String> kubeconfigEnv, Optional<String> homeDir,
        Optional<String> serviceHost, Optional<String> servicePort, Path serviceAccountDir) {

    /** The default service account mount. */
    public static final Path SERVICE_ACCOUNT_DIR = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

    /** The real environment of this process. */
    public static ClusterEnvironment current() {
        return new ClusterEnvironment(env("KUBECONFIG"), Optional.ofNullable(System.getProperty("user.home")),
                env("KUBERNETES_SERVICE_HOST"), env("KUBERNETES_SERVICE_PORT"), SERVICE_ACCOUNT_DIR);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }

    /** The kubeconfig that kubectl would use, if it exists: first KUBECONFIG entry, else ~/.kube/config. */
    public Optional<Path> defaultKubeconfig() {
        Optional<Path> candidate = kubeconfigEnv
                .map(v -> v.split(java.io.File.pathSeparator)[0])
                .map(Path::of)
                .or(() -> homeDir.map(h -> Path.of(h, ".kube", "config")));
        return candidate.filter(Files::isRegularFile);
    }

    /** True inside a pod with a mounted service account token. */
    public boolean inCluster() {
        return serviceHost.isPresent() && Files.isRegularFile(serviceAccountDir.resolve("token"));
    }
}
