package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;

/**
 * The informer's store: objects are held with {@code metadata.managedFields} removed, which are
 * often most of an object's size and never shown. (fabric8 8.0.0 has no informer transform; its
 * {@code ItemStore} is the hook.)
 */
final class StrippingItemStore extends BasicItemStore<GenericKubernetesResource> {

    StrippingItemStore() {
        super(Cache::metaNamespaceKeyFunc);
    }

    @Override
    public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
        if (object != null && object.getMetadata() != null) {
            object.getMetadata().setManagedFields(null);
        }
        return super.put(key, object);
    }
}
