package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.validation.InputValidation;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Parses and validates what browsers send on {@code /ws}. Anything wrong is a
 * {@link RejectedMessage} with a 400 naming the field (413 when too large); the kind itself is
 * resolved later, by the session, against the registry.
 */
final class ClientMessages {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** Longest kind name worth resolving: a plural (63) plus a DNS subdomain group (253). */
    private static final int MAX_KIND = 317;

    private ClientMessages() {
    }

    /**
     * @param maxBytes the largest message accepted, in UTF-8 bytes
     * @throws RejectedMessage when the message is too large, not JSON, of an unknown type or has an invalid field
     */
    static ClientMessage parse(String text, int maxBytes) {
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new RejectedMessage(null, new DashboardException(413, "message-too-large", "Message too large",
                    "Messages may be at most " + maxBytes + " bytes"));
        }
        JsonObject message = object(text);
        String id = optionalString(message, "id", null);
        String validId = id != null && ID.matcher(id).matches() ? id : null;
        try {
            String type = optionalString(message, "type", validId);
            if (type == null) {
                throw new InvalidInputException("type", "a message needs a \"type\": subscribe, unsubscribe, follow or ping");
            }
            return switch (type) {
                case "subscribe" -> subscribe(message, id);
                case "unsubscribe" -> new ClientMessage.Unsubscribe(id(id));
                case "follow" -> follow(message);
                case "ping" -> new ClientMessage.Ping();
                default -> throw new InvalidInputException("type",
                        "unknown message type '" + abbreviate(type) + "': expected subscribe, unsubscribe, follow or ping");
            };
        } catch (DashboardException e) {
            throw new RejectedMessage(validId, e);
        }
    }

    private static ClientMessage subscribe(JsonObject message, String id) {
        String validId = id(id);
        String kind = optionalString(message, "kind", validId);
        if (kind == null || kind.isBlank() || kind.length() > MAX_KIND) {
            throw new InvalidInputException("kind", "a subscription needs a \"kind\" such as pods or deployments.apps");
        }
        String namespace = optionalString(message, "namespace", validId);
        if (namespace != null && namespace.isEmpty()) {
            namespace = null;
        }
        if (namespace != null) {
            InputValidation.namespace("namespace", namespace);
        }
        String selector = InputValidation.labelSelector(optionalString(message, "labelSelector", validId));
        return new ClientMessage.Subscribe(validId, kind, namespace, selector);
    }

    private static ClientMessage follow(JsonObject message) {
        String operation = optionalString(message, "operation", null);
        if (operation == null || !ID.matcher(operation).matches()) {
            throw new InvalidInputException("operation", "'" + abbreviate(operation)
                    + "' is not a valid operation id (1 to 64 of A-Z, a-z, 0-9, '_', '.', ':', '-')");
        }
        return new ClientMessage.Follow(operation);
    }

    private static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "'" + abbreviate(id)
                    + "' is not a valid subscription id (1 to 64 of A-Z, a-z, 0-9, '_', '.', ':', '-')");
        }
        return id;
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException e) {
            // reported below; the parser's message may echo input, so it is not passed on
        }
        throw new RejectedMessage(null, new DashboardException(400, "malformed-message", "Malformed message",
                "A message must be one JSON object"));
    }

    /** A string member, {@code null} when absent or JSON null; another type is a 400 naming the field. */
    private static String optionalString(JsonObject message, String field, String subscriptionId) {
        JsonValue value = message.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new RejectedMessage(subscriptionId, new InvalidInputException(field, "must be a string"));
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }
}
