package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.ClusterReader;
import io.k8sdashboard.plugin.api.KubeObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The {@link ClusterReader} lent to plugins: the same reads as the REST API, as the current user. */
@ApplicationScoped
public class UserClusterReader implements ClusterReader {

    @Inject
    ResourceService resources;

    @Override
    public List<KubeObject> list(String kind, String namespace, String labelSelector) {
        return resources.listTrees(kind, namespace, labelSelector).stream().map(KubeObject::of).toList();
    }

    @Override
    public Optional<KubeObject> get(String kind, String namespace, String name) {
        return resources.find(kind, namespace, name).map(KubeObject::of);
    }
}
