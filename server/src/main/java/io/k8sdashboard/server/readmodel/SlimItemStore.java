package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The informer's store, holding objects as the dashboard needs them: without
 * {@code metadata.managedFields} (often most of an object's size, never shown) and, for Secrets,
 * without their values: each value of {@code data} / {@code stringData} is replaced by an empty
 * string (the key names stay, the UI lists them) and the last-applied annotation, which repeats
 * the values, is dropped. (fabric8 8.0.0 has no informer transform; its {@code ItemStore} is the hook.)
 */
final class SlimItemStore extends BasicItemStore<GenericKubernetesResource> {

    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final boolean secrets;

    SlimItemStore(boolean secrets) {
        super(Cache::metaNamespaceKeyFunc);
        this.secrets = secrets;
    }

    @Override
    public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
        slim(object, secrets);
        return super.put(key, object);
    }

    /** Strips an object in place, as held by the read model. */
    static GenericKubernetesResource slim(GenericKubernetesResource object, boolean secret) {
        if (object == null) {
            return null;
        }
        if (object.getMetadata() != null) {
            object.getMetadata().setManagedFields(null);
            if (secret && object.getMetadata().getAnnotations() != null) {
                object.getMetadata().getAnnotations().remove(LAST_APPLIED);
            }
        }
        if (secret) {
            blankValues(object.getAdditionalProperties(), "data");
            blankValues(object.getAdditionalProperties(), "stringData");
        }
        return object;
    }

    private static void blankValues(Map<String, Object> properties, String field) {
        if (properties.get(field) instanceof Map<?, ?> values) {
            Map<String, Object> blank = new LinkedHashMap<>();
            values.keySet().forEach(k -> blank.put(String.valueOf(k), ""));
            properties.put(field, blank);
        }
    }
}
