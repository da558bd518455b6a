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
import io.k8sdashboard.server.problem.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/namespaces}: the namespaces the signed-in user may read (see
 * {@link ReadableNamespaces#visible}): every namespace for a user who may list namespaces, else
 * those where the user may list pods or get the namespace. Never a 403 for a user who may read
 * some namespace; an empty list for one who may read none.
 */
@ApplicationScoped
@Path("v1/namespaces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cluster")
public class NamespacesResource {

    @Inject
    ReadableNamespaces readable;

    @GET
    @Operation(operationId = "listNamespaces", summary = "Namespaces the signed-in user may read")
    @APIResponse(responseCode = "200", description = "Sorted by name; empty when the user may read none")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)

    public List<NamespaceInfo> namespaces() {
        return readable.visible(CurrentUser.require().user()).stream()
                .map(ns -> new NamespaceInfo(ns.getMetadata().getName(),
                        ns.getStatus() == null ? null : ns.getStatus().getPhase(),
                        ns.getMetadata().getCreationTimestamp()))
                .sorted(Comparator.comparing(NamespaceInfo::name))
                .toList();
    }
}
