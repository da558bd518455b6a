package io.k8sdashboard.server.resources;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request body of a create or apply in /openapi: any Kubernetes object (only its header is
 * described; the API server validates the rest). Documentation only, never instantiated.
 *
 * @param apiVersion the object's apiVersion
 * @param kind the object's kind
 * @param metadata the object's metadata
 */
@Schema(name = "KubernetesObject", description = "A Kubernetes object as JSON or YAML; the API server validates all but "
        + "its header", requiredProperties = {"apiVersion", "kind", "metadata"}, additionalProperties = Schema.True.class)
record KubernetesObjectSchema(
        @Schema(example = "v1") String apiVersion,
        @Schema(example = "ConfigMap") String kind,
        @Schema(type = SchemaType.OBJECT, description = "name (or generateName), namespace for namespaced kinds, labels...")
        Map<String, Object> metadata) {
}
