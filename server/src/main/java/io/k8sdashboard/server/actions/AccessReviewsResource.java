package io.k8sdashboard.server.actions;

import io.k8sdashboard.server.problem.ApiResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/access-reviews}: what the signed-in user may do, a batch at a time (see {@link AccessReviewBatch}). */
@ApplicationScoped
@Path("v1/access-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cluster")
public class AccessReviewsResource {

    @Inject
    AccessReviewBatch batch;

    @POST
    @Operation(operationId = "reviewAccess", summary = "Answers up to 100 access questions for the signed-in user, "
            + "as kubectl auth can-i --as that user would (SelfSubjectAccessReviews as the user, cached)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccessReviews.class)))
    @APIResponse(responseCode = "200", description = "The questions in order, each with allowed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessReviews.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public AccessReviews review(String body) {
        return batch.answer(body);
    }
}
