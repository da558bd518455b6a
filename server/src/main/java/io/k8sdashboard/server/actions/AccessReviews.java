package io.k8sdashboard.server.actions;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/access-reviews} (questions) and of its answer (the same
 * questions, in order, each with {@code allowed}).
 *
 * @param reviews at most {@link AccessReviewBatch#MAX_REVIEWS}
 */
public record AccessReviews(
        @Schema(required = true, maxItems = AccessReviewBatch.MAX_REVIEWS) List<AccessQuestion> reviews) {
}
