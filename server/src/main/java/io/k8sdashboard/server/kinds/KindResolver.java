package io.k8sdashboard.server.kinds;

import io.k8sdashboard.plugin.api.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a kind named the way kubectl accepts it: {@code pods}, {@code pod}, {@code Pod},
 * {@code po}, {@code deployments.apps}, {@code deployment.apps}, {@code deployments.v1.apps},
 * {@code certificates.cert-manager.io}. An unqualified name matching kinds in several groups
 * resolves to the core group first, then to the first kind in registry order (plugins first).
 */
public final class KindResolver {

    private KindResolver() {
    }

    /**
     * Finds the kind among a list (indexed for the call; the registry keeps its index).
     *
     * @throws NotFoundException ("unknown-kind", 404) when nothing matches
     */
    public static RegisteredKind resolve(String name, List<RegisteredKind> kinds) {
        return resolve(name, new KindCatalogue(kinds));
    }

    /**
     * Finds the kind in a catalogue.
     *
     * @throws NotFoundException ("unknown-kind", 404) when nothing matches
     */
    static RegisteredKind resolve(String name, KindCatalogue kinds) {
        String wanted = name == null ? "" : name.trim();
        if (wanted.isEmpty()) {
            throw new NotFoundException("unknown-kind", "No kind named");
        }
        Optional<RegisteredKind> exact = kinds.find(wanted);
        if (exact.isPresent()) {
            return exact.get();
        }
        Optional<RegisteredKind> unqualified = byName(wanted, null, null, kinds);
        if (unqualified.isPresent()) {
            return unqualified.get();
        }
        int dot = wanted.indexOf('.');
        if (dot > 0) {
            String head = wanted.substring(0, dot);
            String rest = wanted.substring(dot + 1);
            Optional<RegisteredKind> grouped = byName(head, null, rest, kinds);
            if (grouped.isPresent()) {
                return grouped.get();
            }
            int second = rest.indexOf('.');
            if (second > 0) {
                Optional<RegisteredKind> versioned = byName(head, rest.substring(0, second), rest.substring(second + 1), kinds);
                if (versioned.isPresent()) {
                    return versioned.get();
                }
            }
        }
        throw new NotFoundException("unknown-kind", "Unknown kind '" + wanted
                + "': not served by a plugin and no CustomResourceDefinition defines it");
    }

    private static Optional<RegisteredKind> byName(String name, String version, String group, KindCatalogue kinds) {
        List<RegisteredKind> matches = kinds.named(name.toLowerCase(Locale.ROOT)).stream()
                .filter(k -> group == null || k.descriptor().group().equals(group))
                .filter(k -> version == null || k.descriptor().version().equals(version))
                .toList();
        return matches.stream().filter(k -> k.descriptor().group().isEmpty()).findFirst()
                .or(() -> matches.stream().findFirst());
    }
}
