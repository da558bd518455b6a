package io.k8sdashboard.server.cluster;

import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/namespaces}: the namespaces the signed-in user may read (see
 * {@link ReadableNamespaces#visible}): every namespace for a user who may list namespaces, else
 * those where the user may list pods or get the namespace. Never a 403 for a user who may read
 * some namespace; an empty list for one who may read none.
 */
@ApplicationScoped
@Path("v1/namespaces")
@Produces(MediaType.APPLICATION_JSON)
public class NamespacesResource {

    @Inject
    ReadableNamespaces readable;

    @GET
    @Operation(summary = "Namespaces the signed-in user may read")
    public List<NamespaceInfo> namespaces() {
        return readable.visible(CurrentUser.require().user()).stream()
                .map(ns -> new NamespaceInfo(ns.getMetadata().getName(),
                        ns.getStatus() == null ? null : ns.getStatus().getPhase(),
                        ns.getMetadata().getCreationTimestamp()))
                .sorted(Comparator.comparing(NamespaceInfo::name))
                .toList();
    }
}
