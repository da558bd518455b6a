package io.k8sdashboard.it;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON parsing for assertions (Jackson 3, already on the test classpath through fabric8). */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static JsonNode parse(String body) {
        return MAPPER.readTree(body);
    }

    /** The text of {@code field} in every element of an array. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }
}
