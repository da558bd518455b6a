package io.k8sdashboard.server.cluster;

import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.IdentitySettings;
import io.k8sdashboard.server.kube.ClusterConnection;
import io.k8sdashboard.server.kube.ClusterMode;
import io.k8sdashboard.server.kube.ClusterStatus;
import io.k8sdashboard.server.redis.SharedTtlCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.k8sdashboard.server.problem.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/cluster}: which cluster the dashboard talks to, whether it answers, and who is signed in. */
@ApplicationScoped
@Path("v1/cluster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cluster")
public class ClusterResource {

    /** The API server's version changes only with an upgrade: a shared copy this old is fine. */
    static final Duration VERSION_TTL = Duration.ofMinutes(5);

    @Inject
    ClusterConnection connection;
    @Inject
    SharedTtlCache shared;
    @Inject
    IdentitySettings identity;

    @GET
    @Operation(operationId = "getCluster", summary = "Cluster mode (demo, kubeconfig, in-cluster, api-url), URL, version, reachability and the current user")
    @APIResponse(responseCode = "200", description = "The cluster; 200 also when it is unreachable (reachable false, error set)")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    public ClusterInfo cluster() {
        // Always 200, even when the cluster is down: this is where the UI learns why.
        ClusterStatus status = connection.status();
        ClusterMode mode = connection.mode();
        String error = status.error() != null ? status.error() : connection.target().error();
        UserInfo user = CurrentUser.get()
                .map(identity -> new UserInfo(identity.user().name(), identity.user().email(), identity.user().groups()))
                .orElse(null);
        // Every replica reports the same version (the one first seen), also during a rolling API server upgrade.
        String version = status.reachable() ? shared.get("cluster-version", String.class, VERSION_TTL, status::version) : null;
        return new ClusterInfo(mode == null ? null : mode.wireName(), connection.serverUrl(), version,
                identity.mode().name().toLowerCase(Locale.ROOT), status.reachable(), error, user);
    }
}
