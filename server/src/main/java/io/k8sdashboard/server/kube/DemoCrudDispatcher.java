package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * fabric8's CRUD dispatcher, except that a {@code metadata.creationTimestamp} sent on create is
 * kept. The stock dispatcher always stamps "now" (and keeps the stamp on later updates), which
 * would make every demo object a few seconds old; the demo wants ages spread over days.
 *
 * <p>SelfSubjectAccessReviews are answered "allowed" and not stored: the demo cluster has no RBAC
 * and one user who may do everything.
 */
public class DemoCrudDispatcher extends KubernetesCrudDispatcher {

    @Override
    public MockResponse handleCreate(RecordedRequest request) {
        if (request.getPath() != null && request.getPath().split("\\?")[0].endsWith("/selfsubjectaccessreviews")) {
            return allowed(request);
        }
        String requested = creationTimestamp(request.getBody() == null ? null : new String(request.getBody().getBytes(), StandardCharsets.UTF_8));
        MockResponse response = super.handleCreate(request);
        if (requested == null || response.code() >= 300 || response.getBody() == null) {
            return response;
        }
        JsonNode created = Serialization.jsonMapper().readTree(new String(response.getBody().getBytes(), StandardCharsets.UTF_8));
        String uid = created.path("metadata").path("uid").asText(null);
        ((ObjectNode) created.path("metadata")).put("creationTimestamp", requested);
        String rewritten = Serialization.jsonMapper().writeValueAsString(created);
        for (Map.Entry<AttributeSet, String> entry : map.entrySet()) {
            if (uid != null && entry.getValue().contains(uid)
                    && uid.equals(Serialization.jsonMapper().readTree(entry.getValue()).path("metadata").path("uid").asText(null))) {
                entry.setValue(rewritten);
                break;
            }
        }
        return response.setBody(rewritten);
    }

    /**
     * The stock patch handler throws on some malformed patches (a JSON patch operation without a
     * path) and then never answers, so the client waits for its timeout: answer 422, as an API
     * server rejecting the patch would.
     */
    @Override
    public MockResponse handlePatch(RecordedRequest request) {
        try {
            return super.handlePatch(request);
        } catch (RuntimeException e) {
            return new MockResponse().setResponseCode(422).setBody("{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":"
                    + "\"Failure\",\"code\":422,\"reason\":\"Invalid\",\"message\":\"the demo cluster cannot apply this patch\"}");
        }
    }

    private static MockResponse allowed(RecordedRequest request) {
        String body = request.getBody() == null ? "{}" : new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
        ObjectNode review = (ObjectNode) Serialization.jsonMapper().readTree(body.isBlank() ? "{}" : body);
        review.putObject("status").put("allowed", true).put("reason", "the demo cluster allows everything");
        return new MockResponse().setResponseCode(201).setBody(Serialization.jsonMapper().writeValueAsString(review));
    }

    private static String creationTimestamp(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode ts = Serialization.jsonMapper().readTree(body).path("metadata").path("creationTimestamp");
            return ts.isString() ? ts.asText() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
