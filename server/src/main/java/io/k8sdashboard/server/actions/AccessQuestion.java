package io.k8sdashboard.server.actions;

import io.k8sdashboard.server.validation.InputValidation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One question of {@code POST /api/v1/access-reviews}, and (with {@code allowed}) its answer:
 * may the signed-in user {@code verb} objects of {@code kind} (named as kubectl names it) in
 * {@code namespace} (absent: cluster-wide), or the one object {@code name}, or its
 * {@code subresource}? Like {@code kubectl auth can-i --as <user> verb kind[/subresource][/name] -n namespace}.
 *
 * @param verb an RBAC verb, or {@code *}
 * @param kind the kind, as kubectl names it
 * @param subresource a subresource ({@code scale}, {@code status}), or absent
 * @param namespace a namespace, absent for cluster-wide or cluster-scoped kinds
 * @param name an object name, absent for every object
 * @param allowed the answer (answers only)
 */
@Schema(description = "an access question; answers carry allowed")
public record AccessQuestion(
        @Schema(required = true, pattern = AccessReviewBatch.VERB_PATTERN, example = "patch") String verb,
        @Schema(required = true, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND, example = "configmaps") String kind,
        @Schema(pattern = AccessReviewBatch.SUBRESOURCE_PATTERN, example = "scale") String subresource,
        @Schema(pattern = InputValidation.NAMESPACE_PATTERN, example = "team-a") String namespace,
        @Schema(pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME, example = "web") String name,
        @Schema(type = SchemaType.BOOLEAN, description = "the answer (in answers only)", readOnly = true) Boolean allowed) {

    AccessQuestion answered(boolean answer) {
        return new AccessQuestion(verb, kind, subresource, namespace, name, answer);
    }
}
