package io.k8sdashboard.plugin.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only view of one Kubernetes object as its JSON tree ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}).
 *
 * <p>The API hands plugins this view instead of a client library's model classes, so a plugin
 * does not break when the server moves to another client version, and custom resources read the
 * same way as built-in kinds. Paths are dot-separated field names with optional list indexes:
 * {@code "status.containerStatuses[0].ready"}. A missing field reads as {@code null} or empty.
 *
 * @since 1.0.0
 */
public final class KubeObject {

    private final Map<String, Object> tree;

    private KubeObject(Map<String, Object> tree) {
        this.tree = tree;
    }

    /**
     * Wraps an object's JSON tree. The map is copied deeply into unmodifiable collections.
     *
     * @param tree the object as parsed JSON
     * @return the view
     * @since 1.0.0
     */
    @SuppressWarnings("unchecked")
    public static KubeObject of(Map<String, ?> tree) {
        Objects.requireNonNull(tree, "tree");
        return new KubeObject((Map<String, Object>) freeze(tree));
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * The whole object as an unmodifiable JSON tree.
     *
     * @return the tree
     * @since 1.0.0
     */
    public Map<String, Object> tree() {
        return tree;
    }

    /**
     * Reads the value at a path.
     *
     * @param path dot-separated path, with {@code [i]} for list elements
     * @return the value, or {@code null} when any step is missing
     * @since 1.0.0
     */
    public Object get(String path) {
        Object current = tree;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            if (!field.isEmpty()) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(field);
            }
            while (bracket >= 0) {
                int close = step.indexOf(']', bracket);
                if (close < 0 || !(current instanceof List<?> list)) {
                    return null;
                }
                int index;
                try {
                    index = Integer.parseInt(step.substring(bracket + 1, close));
                } catch (NumberFormatException e) {
                    return null;
                }
                current = index >= 0 && index < list.size() ? list.get(index) : null;
                bracket = step.indexOf('[', close);
            }
        }
        return current;
    }

    /**
     * Reads a value as text.
     *
     * @param path the path
     * @return the text, or {@code null}; numbers and booleans are converted
     * @since 1.0.0
     */
    public String string(String path) {
        Object value = get(path);
        return value instanceof Map || value instanceof List || value == null ? null : String.valueOf(value);
    }

    /**
     * Reads a value as a long.
     *
     * @param path the path
     * @return the number, empty when missing or not a number
     * @since 1.0.0
     */
    public Optional<Long> number(String path) {
        Object value = get(path);
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a list of objects (for example {@code "spec.containers"}) as views.
     *
     * @param path the path
     * @return the elements that are objects, in order; empty when missing
     * @since 1.0.0
     */
    @SuppressWarnings("unchecked")
    public List<KubeObject> objects(String path) {
        if (!(get(path) instanceof List<?> list)) {
            return List.of();
        }
        List<KubeObject> result = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element instanceof Map<?, ?> map) {
                result.add(new KubeObject((Map<String, Object>) map));
            }
        }
        return result;
    }

    /**
     * Reads a list of scalars (for example {@code "spec.rules[0].verbs"}) as text.
     *
     * @param path the path
     * @return the non-null elements as text; empty when missing
     * @since 1.0.0
     */
    public List<String> strings(String path) {
        if (!(get(path) instanceof List<?> list)) {
            return List.of();
        }
        List<String> result = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element != null && !(element instanceof Map) && !(element instanceof List)) {
                result.add(String.valueOf(element));
            }
        }
        return result;
    }

    /**
     * Reads a string-to-string map (labels, annotations, selectors).
     *
     * @param path the path
     * @return the entries with text values; empty when missing
     * @since 1.0.0
     */
    public Map<String, String> stringMap(String path) {
        if (!(get(path) instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                result.put(String.valueOf(k), String.valueOf(v));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /**
     * {@code metadata.name}.
     *
     * @return the name
     * @since 1.0.0
     */
    public String name() {
        return string("metadata.name");
    }

    /**
     * {@code metadata.namespace}.
     *
     * @return the namespace, {@code null} for cluster-scoped objects
     * @since 1.0.0
     */
    public String namespace() {
        return string("metadata.namespace");
    }

    /**
     * {@code metadata.creationTimestamp} as the ISO-8601 text the API server writes.
     *
     * @return the timestamp text or {@code null}
     * @since 1.0.0
     */
    public String creationTimestamp() {
        return string("metadata.creationTimestamp");
    }

    /**
     * {@code metadata.labels}.
     *
     * @return the labels, never {@code null}
     * @since 1.0.0
     */
    public Map<String, String> labels() {
        return stringMap("metadata.labels");
    }

    /**
     * {@code kind}.
     *
     * @return the kind or {@code null}
     * @since 1.0.0
     */
    public String kind() {
        return string("kind");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KubeObject o && tree.equals(o.tree);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }

    @Override
    public String toString() {
        return "KubeObject[" + kind() + " " + namespace() + "/" + name() + "]";
    }
}
