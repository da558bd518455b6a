package io.k8sdashboard.server.audit;

import io.k8sdashboard.server.mutations.MutationAttempt;
import io.k8sdashboard.server.mutations.MutationObserver;
import io.k8sdashboard.server.ops.Json;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Writes one audit record per mutation attempt as a compact JSON log line on its own logger,
 * {@value #LOGGER}, so it can be routed or kept apart from other logs. The record names the
 * object, never its content: no Secret value can appear in it.
 */
@ApplicationScoped
public class AuditLog implements MutationObserver {

    /** The logger of audit records. */
    public static final String LOGGER = "io.k8sdashboard.audit";

    private static final Logger AUDIT = Logger.getLogger(LOGGER);

    @Override
    public void attempted(MutationAttempt attempt) {
        AUDIT.info(line(attempt));
    }

    /** The record as one JSON object. */
    public static String line(MutationAttempt a) {
        return "{\"type\":\"audit\",\"time\":" + Json.quote(a.time().toString())
                + ",\"requestId\":" + Json.quote(a.requestId())
                + ",\"user\":" + Json.quote(a.user())
                + ",\"groups\":[" + a.groups().stream().map(Json::quote).collect(Collectors.joining(",")) + "]"
                + ",\"verb\":" + Json.quote(a.verb())
                + ",\"kind\":" + Json.quote(a.kind())
                + ",\"namespace\":" + Json.quote(a.namespace())
                + ",\"name\":" + Json.quote(a.name())
                + ",\"dryRun\":" + a.dryRun()
                + ",\"status\":" + a.status()
                + ",\"reason\":" + Json.quote(a.reason()) + "}";
    }
}
