package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.KubeObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The {@link ClusterWriter} lent to plugins: every change goes through the current user's (impersonating) client. */
@ApplicationScoped
public class UserClusterWriter implements ClusterWriter {

    @Inject
    ResourceService resources;

    @Override
    public KubeObject create(Map<String, Object> object) {
        return KubeObject.of(resources.create(object));
    }

    @Override
    public KubeObject patch(String kind, String namespace, String name, PatchType type, String patch) {
        return KubeObject.of(resources.patch(kind, namespace, name, type, patch));
    }

    @Override
    public boolean delete(String kind, String namespace, String name) {
        return resources.delete(kind, namespace, name);
    }
}
