package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The continue token of a page served from memory: the order it was cut in (column, direction) and
 * the last row's position in it (sort value, key). Opaque to clients: {@code rm1.} + base64url of
 * a JSON array.
 */
record PageToken(String column, boolean descending, Object value, String key) {

    static final String PREFIX = "rm1.";
    private static final String INVALID = "not a continue token of this list (start the list again)";

    String encode() {
        String json = Serialization.asJson(Arrays.asList(column == null ? "" : column, descending, value, key));
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
        List<?> array;
        try {
            String json = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8);
            array = Serialization.jsonMapper().readValue(json, List.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException("continue", INVALID);
        }
        if (array == null || array.size() != 4 || !(array.get(0) instanceof String tokenColumn)
                || !(array.get(1) instanceof Boolean tokenDescending) || !(array.get(3) instanceof String key)
                || array.get(2) instanceof java.util.Collection || array.get(2) instanceof java.util.Map
                || !isObjectKey(key)) {
            throw new InvalidInputException("continue", INVALID);
        }
        String asked = column == null ? "" : column;
        if (!tokenColumn.equalsIgnoreCase(asked) || tokenDescending != descending) {
            throw new InvalidInputException("continue",
                    "the token was cut in another order: ask the same sort and order as for the first page");
        }
        return new PageToken(column, descending, array.get(2), key);
    }

    /** Whether a key has the shape of {@link KindIndex#key}: a namespace (maybe empty), NUL, a name. */
    private static boolean isObjectKey(String key) {
        int separator = key.indexOf('\0');
        return separator >= 0 && separator < key.length() - 1 && key.indexOf('\0', separator + 1) < 0;
    }
}
