package io.k8sdashboard.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * The signed-in user: the name and groups the dashboard impersonates.
 *
 * @param name the user name ("alice")
 * @param email the e-mail address, or {@code null}
 * @param groups the groups, possibly empty
 * @since 1.0.0
 */
public record UserIdentity(String name, String email, List<String> groups) {

    /**
     * Validates and copies.
     *
     * @since 1.0.0
     */
    public UserIdentity {
        Objects.requireNonNull(name, "name");
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
