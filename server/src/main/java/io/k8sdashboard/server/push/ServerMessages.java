package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.ratelimit.RateLimitedException;
import io.k8sdashboard.server.readmodel.ResourceChange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Renders what the server sends on {@code /ws}, with JSON-P. Rows look exactly as in the REST
 * API's tables (JSON-B leaves out null members; cells keep their nulls so columns line up).
 */
final class ServerMessages {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ServerMessages() {
    }

    static String snapshot(String id, String kind, List<ResourceRow> rows, int page, boolean last, String resourceVersion) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        rows.forEach(row -> array.add(row(row)));
        JsonObjectBuilder message = JSON.createObjectBuilder().add("type", "snapshot").add("id", id).add("kind", kind)
                .add("rows", array).add("page", page).add("last", last);
        addIfPresent(message, "resourceVersion", resourceVersion);
        return message.build().toString();
    }

    static String change(String id, ResourceChange change) {
        JsonObjectBuilder message = JSON.createObjectBuilder().add("type", change.type().eventName()).add("id", id)
                .add("kind", change.kind());
        addIfPresent(message, "namespace", change.namespace());
        message.add("name", change.name());
        addIfPresent(message, "resourceVersion", change.resourceVersion());
        return message.add("row", row(change.row())).build().toString();
    }

    static String resync(String id, String reason) {
        return JSON.createObjectBuilder().add("type", "resync").add("id", id).add("reason", reason).build().toString();
    }

    static String pong() {
        return "{\"type\":\"pong\"}";
    }

    /**
     * @param id the subscription concerned, {@code null} for the session
     * @param ended whether the subscription no longer exists after this error
     * A rate-limit refusal also names its problem type ({@code "problem":"rate-limited"}) and
     * {@code retryAfterSeconds}, what {@code Retry-After} says over HTTP.
     */
    static String error(String id, DashboardException problem, boolean ended) {
        JsonObjectBuilder message = JSON.createObjectBuilder().add("type", "error");
        addIfPresent(message, "id", id);
        message.add("status", problem.status()).add("title", problem.title());
        addIfPresent(message, "detail", problem.getMessage());
        if (problem instanceof InvalidInputException invalid) {
            addIfPresent(message, "field", invalid.field());
        }
        if (problem instanceof RateLimitedException limited) {
            message.add("problem", limited.problemType()).add("retryAfterSeconds", limited.retryAfterSeconds());
        }
        if (ended) {
            message.add("ended", true);
        }
        return message.build().toString();
    }

    /**
     * A bus event: its type, the subscription id ({@code null}, left out, for events sent to a user
     * or an operation's followers), source, timestamp and payload.
     */
    static String event(String id, DashboardEvent event) {
        JsonObjectBuilder message = JSON.createObjectBuilder().add("type", event.type());
        addIfPresent(message, "id", id);
        return message.add("source", event.source()).add("timestamp", event.timestamp().toString())
                .add("payload", value(event.payload())).build().toString();
    }

    static JsonObjectBuilder row(ResourceRow row) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        addIfPresent(json, "name", row.name());
        addIfPresent(json, "namespace", row.namespace());
        if (row.cells() != null) {
            JsonArrayBuilder cells = JSON.createArrayBuilder();
            row.cells().forEach(cell -> cells.add(value(cell)));
            json.add("cells", cells);
        }
        addIfPresent(json, "status", row.status());
        if (row.labels() != null) {
            JsonObjectBuilder labels = JSON.createObjectBuilder();
            row.labels().forEach((k, v) -> labels.add(k, v == null ? JsonValue.NULL : Json.createValue(v)));
            json.add("labels", labels);
        }
        addIfPresent(json, "created", row.created());
        return json;
    }

    /** JSON for the values rows and event payloads hold: strings, numbers, booleans, maps, lists, null. */
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return Json.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Json.createValue(big);
        }
        if (value instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? Json.createValue(d) : JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), value(v)));
            return object.build();
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(v -> array.add(value(v)));
            return array.build();
        }
        return Json.createValue(value.toString());
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }
}
