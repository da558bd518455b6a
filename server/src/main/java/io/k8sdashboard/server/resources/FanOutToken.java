package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.validation.InputValidation;
import io.k8sdashboard.plugin.api.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The continue token of a page over several namespaces: where to resume (a namespace, and that
 * namespace's own continue token, if the page ended inside it).
 */
record FanOutToken(String namespace, String inner) {

    static final String PREFIX = "ns1.";

    String encode() {
        String plain = namespace + "\n" + (inner == null ? "" : inner);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static FanOutToken parse(String token) {
        String invalid = "not a continue token of an all-namespaces list (start the list again)";
        if (!token.startsWith(PREFIX)) {
            throw new InvalidInputException("continue", invalid);
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("continue", invalid);
        }
        int newline = plain.indexOf('\n');
        if (newline < 0) {
            throw new InvalidInputException("continue", invalid);
        }
        String ns = InputValidation.namespace("continue", plain.substring(0, newline));
        String rest = plain.substring(newline + 1);
        return new FanOutToken(ns, rest.isBlank() ? null : rest);
    }
}
