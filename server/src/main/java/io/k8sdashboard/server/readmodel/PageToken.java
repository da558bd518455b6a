package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.plugin.api.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The continue token of a page served from memory: the order it was cut in (column, direction) and
 * the last row's position in it (sort value, key). Opaque to clients: {@code rm1.} + base64url JSON.
 */
record PageToken(String column, boolean descending, Object value, String key) {

    static final String PREFIX = "rm1.";
    private static final String INVALID = "not a continue token of this list (start the list again)";

    String encode() {
        var array = Json.createArrayBuilder()
                .add(column == null ? "" : column)
                .add(descending);
        if (value == null) {
            array.addNull();
        } else if (value instanceof Number n) {
            array.add(new BigDecimal(n.toString()));
        } else if (value instanceof Boolean b) {
            array.add(b);
        } else {
            array.add(value.toString());
        }
        array.add(key);
        String json = array.build().toString();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token, which must have been cut in the order now asked for.
     *
     * @throws InvalidInputException naming {@code continue} when it is not such a token
     */
    static PageToken parse(String token, String column, boolean descending) {
        if (!token.startsWith(PREFIX)) {
            throw new InvalidInputException("continue", INVALID);
        }
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(new String(
                Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8)))) {
            array = reader.readArray();
        } catch (RuntimeException e) {
            throw new InvalidInputException("continue", INVALID);
        }
        if (array.size() != 4 || !(array.get(0) instanceof JsonString tokenColumn) || !(array.get(3) instanceof JsonString key)
                || !(array.get(1) == JsonValue.TRUE || array.get(1) == JsonValue.FALSE)) {
            throw new InvalidInputException("continue", INVALID);
        }
        boolean tokenDescending = array.get(1) == JsonValue.TRUE;
        String asked = column == null ? "" : column;
        if (!tokenColumn.getString().equalsIgnoreCase(asked) || tokenDescending != descending) {
            throw new InvalidInputException("continue", "the token was cut in another order: ask the same sort and order as the first page");
        }
        return new PageToken(column, descending, value(array.get(2)), key.getString());
    }

    private static Object value(JsonValue json) {
        if (json instanceof JsonNumber number) {
            return number.isIntegral() ? (Object) number.longValue() : number.doubleValue();
        }
        if (json instanceof JsonString string) {
            return string.getString();
        }
        if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
            return json == JsonValue.TRUE;
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageToken t && t.descending == descending && Objects.equals(t.column, column)
                && Objects.equals(t.value, value) && Objects.equals(t.key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, descending, value, key);
    }
}
