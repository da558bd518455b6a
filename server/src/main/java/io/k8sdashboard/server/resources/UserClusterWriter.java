package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.server.mutations.MutationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The {@link ClusterWriter} lent to plugins: every change goes through the {@link MutationService}
 * as the current user (recorded like the REST API's).
 */
@ApplicationScoped
public class UserClusterWriter implements ClusterWriter {

    @Inject
    MutationService mutations;

    @Override
    public KubeObject create(Map<String, Object> object) {
        return create(object, false);
    }

    @Override
    public KubeObject create(Map<String, Object> object, boolean dryRun) {
        return KubeObject.of(mutations.create(null, new java.util.LinkedHashMap<>(object), dryRun));
    }

    @Override
    public KubeObject apply(Map<String, Object> object, boolean force, boolean dryRun) {
        return KubeObject.of(mutations.apply(null, null, null, new java.util.LinkedHashMap<>(object), force, dryRun));
    }

    @Override
    public KubeObject patch(String kind, String namespace, String name, PatchType type, String patch) {
        return patch(kind, namespace, name, type, patch, false);
    }

    @Override
    public KubeObject patch(String kind, String namespace, String name, PatchType type, String patch, boolean dryRun) {
        return KubeObject.of(mutations.patch(kind, namespace, name, type, patch, dryRun));
    }

    @Override
    public boolean delete(String kind, String namespace, String name) {
        return delete(kind, namespace, name, DeleteOptions.defaults());
    }

    @Override
    public boolean delete(String kind, String namespace, String name, DeleteOptions options) {
        return mutations.delete(kind, namespace, name, options);
    }

    @Override
    public KubeObject scale(String kind, String namespace, String name, int replicas, boolean dryRun) {
        return KubeObject.of(mutations.scale(kind, namespace, name, replicas, dryRun));
    }
}
