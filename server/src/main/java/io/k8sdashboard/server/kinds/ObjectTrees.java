package io.k8sdashboard.server.kinds;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns fabric8 objects into the JSON trees the dashboard serves ({@code Map}/{@code List}/
 * scalars, which JSON-B and plugins handle without knowing fabric8), stripping what must never
 * be served: managedFields (noise) and Secret values (see {@link #redactSecret}).
 */
public final class ObjectTrees {

    /** The annotation kubectl apply leaves; on a Secret it holds the values. */
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private ObjectTrees() {
    }

    /**
     * Converts a fabric8 object to a served tree.
     *
     * @param fabric8Object the object
     * @param secret true when it was read as a core Secret: list items from the API server carry
     *               no kind, so the caller's knowledge of the kind decides, not the item
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toTree(Object fabric8Object, boolean secret) {
        Map<String, Object> tree = fabric8Object instanceof GenericKubernetesResource generic
                ? genericTree(generic)
                : Serialization.jsonMapper().convertValue(fabric8Object, LinkedHashMap.class);
        return clean(tree, secret);
    }

    /**
     * A generic resource already holds everything but its metadata as plain maps: only the
     * metadata needs converting. Converting the whole object would copy spec and status through
     * Jackson once more, which for a page of pods costs more than the API call itself.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> genericTree(GenericKubernetesResource generic) {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (generic.getApiVersion() != null) {
            tree.put("apiVersion", generic.getApiVersion());
        }
        if (generic.getKind() != null) {
            tree.put("kind", generic.getKind());
        }
        if (generic.getMetadata() != null) {
            tree.put("metadata", Serialization.jsonMapper().convertValue(generic.getMetadata(), LinkedHashMap.class));
        }
        tree.putAll(generic.getAdditionalProperties());
        return tree;
    }

    /** Strips managedFields and Secret values from a tree (in place) and returns it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> clean(Map<String, Object> tree, boolean secret) {
        if (tree.get("metadata") instanceof Map<?, ?> metadata) {
            ((Map<String, Object>) metadata).remove("managedFields");
        }
        return secret || isSecret(tree) ? redactSecret(tree) : tree;
    }

    private static boolean isSecret(Map<String, Object> tree) {
        return "Secret".equals(tree.get("kind")) && "v1".equals(tree.get("apiVersion"));
    }

    /**
     * For a core v1 Secret: {@code data} and {@code stringData} are removed and replaced by
     * {@code dataKeys} / {@code stringDataKeys} (sorted key names), and the last-applied
     * annotation (which repeats the values) is removed. Enforced here, in the core, for every
     * list and get, whatever a plugin does.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> redactSecret(Map<String, Object> tree) {
        replaceWithKeys(tree, "data", "dataKeys");
        replaceWithKeys(tree, "stringData", "stringDataKeys");
        if (tree.get("metadata") instanceof Map<?, ?> metadata && metadata.get("annotations") instanceof Map<?, ?> annotations) {
            ((Map<String, Object>) annotations).remove(LAST_APPLIED);
        }
        return tree;
    }

    private static void replaceWithKeys(Map<String, Object> tree, String field, String keysField) {
        Object values = tree.remove(field);
        if (values instanceof Map<?, ?> map) {
            Set<String> keys = new TreeSet<>();
            map.keySet().forEach(k -> keys.add(String.valueOf(k)));
            tree.put(keysField, new ArrayList<>(keys));
        } else if (values != null) {
            tree.put(keysField, List.of());
        }
    }

    /**
     * A deep copy of a tree (maps, lists, scalars). Trees made from objects the read model holds
     * share their spec and status with the held object: a caller that may change what it gets
     * (a plugin) must get a copy, or it would change the shared model.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> detached(Map<String, Object> tree) {
        return (Map<String, Object>) copy(tree);
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new java.util.ArrayList<>(list.size());
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
