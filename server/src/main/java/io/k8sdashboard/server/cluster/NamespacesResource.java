package io.k8sdashboard.server.cluster;

import io.k8sdashboard.server.kube.KubernetesClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/namespaces}: the namespaces, listed as the signed-in user (their RBAC applies). */
@ApplicationScoped
@Path("v1/namespaces")
@Produces(MediaType.APPLICATION_JSON)
public class NamespacesResource {

    @Inject
    KubernetesClients clients;

    @GET
    @Operation(summary = "Namespaces the signed-in user may list")
    public List<NamespaceInfo> namespaces() {
        return clients.forCurrentUser().namespaces().list().getItems().stream()
                .map(ns -> new NamespaceInfo(ns.getMetadata().getName(),
                        ns.getStatus() == null ? null : ns.getStatus().getPhase(),
                        ns.getMetadata().getCreationTimestamp()))
                .sorted(Comparator.comparing(NamespaceInfo::name))
                .toList();
    }
}
