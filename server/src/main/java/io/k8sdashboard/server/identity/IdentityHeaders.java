package io.k8sdashboard.server.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headers OAuth2-Proxy sets for the signed-in user, and the checks their values must pass
 * before they reach an {@code Impersonate-*} header: bounded length, no control characters.
 */
final class IdentityHeaders {

    static final String USER = "X-Forwarded-User";
    static final String EMAIL = "X-Forwarded-Email";
    static final String GROUPS = "X-Forwarded-Groups";
    static final List<String> ALL = List.of(USER, EMAIL, GROUPS);

    static final int MAX_NAME = 256;
    static final int MAX_GROUPS_HEADER = 8192;
    static final int MAX_GROUPS = 200;

    private IdentityHeaders() {
    }

    /** Why a single value is unacceptable, or empty. */
    static Optional<String> invalid(String header, String value, int maxLength) {
        if (value.length() > maxLength) {
            return Optional.of(header + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of(header + " contains control characters");
            }
        }
        return Optional.empty();
    }

    /** Splits the comma-separated groups, dropping blanks. */
    static List<String> groups(String value) {
        List<String> groups = new ArrayList<>();
        if (value == null) {
            return groups;
        }
        for (String group : value.split(",")) {
            String trimmed = group.trim();
            if (!trimmed.isEmpty()) {
                groups.add(trimmed);
            }
        }
        return groups;
    }
}
