package io.k8sdashboard.server.cluster;

import java.util.List;

/**
 * The signed-in user.
 *
 * @param name user name
 * @param email e-mail, may be null
 * @param groups groups
 */
public record UserInfo(String name, String email, List<String> groups) {
}
