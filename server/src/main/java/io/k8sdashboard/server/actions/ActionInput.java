package io.k8sdashboard.server.actions;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.ActionParameter;
import io.k8sdashboard.plugin.api.ActionParameters;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.validation.InputValidation;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An action's request body, checked against the action's {@link ActionParameters} before the
 * action runs: a JSON object (an empty body counts as {@code {}}) whose fields are declared, of
 * their type, within their bounds, matching their pattern, one of their values, and with every
 * required field present. Anything else is a 400 problem naming the field. What passes reaches the
 * action as plain Java values: {@code String}, {@code Long}, {@code Boolean}.
 */
final class ActionInput {

    /** Longest body read (an action's form is small). */
    static final int MAX_BODY = 64 * 1024;

    private ActionInput() {
    }

    /** The body as a JSON object: {@code null} or blank is {@code {}}; anything else is a 400 naming {@code body}. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return Serialization.jsonMapper().createObjectNode();
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "longer than " + MAX_BODY + " characters");
        }
        JsonNode tree;
        try {
            tree = Serialization.jsonMapper().readTree(body);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object of the action's parameters");
        }
        return tree;
    }

    /** The checked parameters, in declaration order. */
    static Map<String, Object> check(ActionParameters schema, JsonNode body) {
        Map<String, ActionParameter> declared = new LinkedHashMap<>();
        schema.parameters().forEach(p -> declared.put(p.name(), p));
        for (Iterator<String> names = body.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!declared.containsKey(name)) {
                throw new InvalidInputException(name, "is not a parameter of this action"
                        + (declared.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", declared.keySet()) + ")"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ActionParameter p : declared.values()) {
            JsonNode value = body.get(p.name());
            if (value == null) {
                if (p.required()) {
                    throw new InvalidInputException(p.name(), "is required");
                }
                continue;
            }
            values.put(p.name(), value(p, value));
        }
        return values;
    }

    private static Object value(ActionParameter p, JsonNode value) {
        return switch (p.type()) {
            case STRING -> string(p, value);
            case ENUM -> choice(p, value);
            case INTEGER -> integer(p, value);
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new InvalidInputException(p.name(), "must be true or false");
                }
                yield value.booleanValue();
            }
        };
    }

    private static String string(ActionParameter p, JsonNode value) {
        if (!value.isString()) {
            throw new InvalidInputException(p.name(), "must be a string");
        }
        String text = value.stringValue();
        if (p.pattern() != null && !Pattern.compile(p.pattern()).matcher(text).matches()) {
            throw new InvalidInputException(p.name(), "'" + InputValidation.abbreviate(text) + "' does not match " + p.pattern());
        }
        return text;
    }

    private static String choice(ActionParameter p, JsonNode value) {
        if (!value.isString() || !p.values().contains(value.stringValue())) {
            throw new InvalidInputException(p.name(), "must be one of " + String.join(", ", p.values()));
        }
        return value.stringValue();
    }

    private static long integer(ActionParameter p, JsonNode value) {
        boolean whole = value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
        if (!whole || !value.canConvertToLong()) {
            throw new InvalidInputException(p.name(), "must be a whole number");
        }
        long number = value.longValue();
        if (p.minimum() != null && number < p.minimum()) {
            throw new InvalidInputException(p.name(), "must be at least " + p.minimum() + ", got " + number);
        }
        if (p.maximum() != null && number > p.maximum()) {
            throw new InvalidInputException(p.name(), "must be at most " + p.maximum() + ", got " + number);
        }
        return number;
    }
}
