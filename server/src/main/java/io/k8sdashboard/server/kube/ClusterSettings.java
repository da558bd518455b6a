package io.k8sdashboard.server.kube;

import java.util.Locale;
import java.util.Optional;

/**
 * The MP Config keys that choose the cluster (see README): {@code dashboard.kubernetes.*} and
 * {@code dashboard.cluster.demo}. A plain record so the selection logic is testable without CDI.
 *
 * @param apiUrl explicit API server URL
 * @param token bearer token for {@code apiUrl}
 * @param caFile CA bundle for {@code apiUrl}
 * @param insecureSkipTlsVerify trust any certificate of {@code apiUrl} (tests only)
 * @param kubeconfig path of a kubeconfig file
 * @param context kubeconfig context, else its current-context
 * @param demo {@code auto}, {@code true} or {@code false}
 */
public record ClusterSettings(Optional<String> apiUrl, Optional<String> token, Optional<String> caFile,
        boolean insecureSkipTlsVerify, Optional<String> kubeconfig, Optional<String> context, Demo demo) {

    /** Whether the embedded demo cluster may, must or must not be used. */
    public enum Demo {
        /** Only when nothing else is configured. */
        AUTO,
        /** Always, whatever else is configured. */
        TRUE,
        /** Never: with nothing configured the dashboard reports an error. */
        FALSE;

        /** Parses the config value; anything unknown is a configuration error, said at once. */
        public static Demo parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "dashboard.cluster.demo must be auto, true or false, got '" + value + "'", e);
            }
        }
    }

    /** Blank values count as unset (an empty env var or server.xml variable). */
    public ClusterSettings {
        apiUrl = nonBlank(apiUrl);
        token = nonBlank(token);
        caFile = nonBlank(caFile);
        kubeconfig = nonBlank(kubeconfig);
        context = nonBlank(context);
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::trim).filter(s -> !s.isEmpty());
    }
}
