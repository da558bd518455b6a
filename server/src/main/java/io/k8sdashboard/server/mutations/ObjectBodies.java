package io.k8sdashboard.server.mutations;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.validation.InputValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks the objects sent to be created or applied: JSON or YAML text to a tree, and
 * the fields every object needs ({@code apiVersion}, {@code kind}, {@code metadata.name} or
 * {@code generateName}, {@code metadata.namespace}), each refusal a 400 naming the field.
 */
public final class ObjectBodies {

    /** {@code v1}, {@code apps/v1}, {@code cert-manager.io/v1beta1}: an optional DNS-subdomain group and a version label. */
    private static final Pattern API_VERSION = Pattern.compile(
            "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$");
    /** A kind: a CamelCase identifier. */
    private static final Pattern KIND = Pattern.compile("^[A-Za-z][A-Za-z0-9]{0,62}$");

    private ObjectBodies() {
    }

    /**
     * Parses a request body (JSON, or YAML: one document) into an object tree.
     *
     * @throws InvalidInputException 400 naming {@code body} when it is empty, unreadable or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("body", "must be a Kubernetes object as JSON or YAML");
        }
        Object tree;
        try {
            // YAML is a superset of JSON: one parser reads both.
            tree = Serialization.yamlMapper().readValue(text, Object.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "is neither JSON nor YAML: " + firstLine(e.getMessage()));
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidInputException("body", "must be one object (a mapping), not a list or a scalar");
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    /** The object's {@code apiVersion}, required. */
    static String apiVersion(Map<String, Object> object) {
        if (!(object.get("apiVersion") instanceof String s) || s.length() > InputValidation.MAX_KIND || !API_VERSION.matcher(s).matches()) {
            throw new InvalidInputException("apiVersion", "the object needs an apiVersion, like v1 or apps/v1");
        }
        return s;
    }

    /** The object's {@code kind}, required. */
    static String kind(Map<String, Object> object) {
        if (!(object.get("kind") instanceof String s) || !KIND.matcher(s).matches()) {
            throw new InvalidInputException("kind", "the object needs a kind, like ConfigMap or Deployment");
        }
        return s;
    }

    /** The object's metadata, required (copied, so it can be completed). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> object) {
        if (!(object.get("metadata") instanceof Map<?, ?> m)) {
            throw new InvalidInputException("metadata", "the object needs metadata with a name");
        }
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
        object.put("metadata", copy);
        return copy;
    }

    /** {@code metadata.name} if set (validated), else {@code null}. */
    static String name(Map<String, Object> metadata) {
        Object name = metadata.get("name");
        if (name == null) {
            return null;
        }
        return InputValidation.name("metadata.name", name instanceof String s ? s : String.valueOf(name));
    }

    /** {@code metadata.namespace} if set (validated), else {@code null}. */
    static String namespace(Map<String, Object> metadata) {
        Object namespace = metadata.get("namespace");
        if (namespace == null) {
            return null;
        }
        return InputValidation.namespace("metadata.namespace", namespace instanceof String s ? s : String.valueOf(namespace));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
