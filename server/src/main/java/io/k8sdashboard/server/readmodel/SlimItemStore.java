package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The informer's store, feeding the read model's sink. The informer needs only each object's
 * identity and resourceVersion (to tell an update from an add, and to find what vanished when it
 * lists again): that is all it keeps, while the full object goes to the sink (the
 * {@link KindIndex}, which holds it compacted). On the way in, every
 * object is slimmed as the read model holds it: without {@code metadata.managedFields} (often most
 * of an object's size, never shown) and, for Secrets, without their values: each value of
 * {@code data} / {@code stringData} becomes an empty string (the key names stay, the UI lists
 * them) and the last-applied annotation, which repeats the values, is dropped. (fabric8 8.0.0 has
 * no informer transform; its {@code ItemStore} is the hook.)
 */
final class SlimItemStore extends BasicItemStore<GenericKubernetesResource> {

    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final boolean secrets;
    private final WatchSource.Sink sink;

    SlimItemStore(boolean secrets, WatchSource.Sink sink) {
        super(Cache::metaNamespaceKeyFunc);
        this.secrets = secrets;
        this.sink = sink;
    }

    @Override
    public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
        sink.upsert(slim(object, secrets));
        return super.put(key, identity(object));
    }

    @Override
    public GenericKubernetesResource remove(String key) {
        GenericKubernetesResource removed = super.remove(key);
        if (removed != null) {
            sink.remove(removed);
        }
        return removed;
    }

    /**
     * What the informer keeps of an object: name, namespace, resourceVersion. The model's empty
     * collections are dropped too: 10,000 of them would cost megabytes for nothing.
     */
    private static GenericKubernetesResource identity(GenericKubernetesResource object) {
        GenericKubernetesResource stub = new GenericKubernetesResource();
        if (object.getMetadata() != null) {
            var meta = object.getMetadata();
            ObjectMeta identity = new ObjectMeta();
            identity.setName(meta.getName());
            identity.setNamespace(meta.getNamespace());
            identity.setResourceVersion(meta.getResourceVersion());
            identity.setFinalizers(null);
            identity.setManagedFields(null);
            identity.setOwnerReferences(null);
            identity.setAnnotations(null);
            identity.setLabels(null);
            stub.setMetadata(identity);
        }
        return stub;
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
