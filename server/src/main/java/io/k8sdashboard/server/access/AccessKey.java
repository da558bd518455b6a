package io.k8sdashboard.server.access;

import io.k8sdashboard.plugin.api.UserIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * One access question, as cached. Groups are sorted and de-duplicated: their order does not matter.
 */
public record AccessKey(String user, List<String> groups, String verb, String group, String resource, String namespace) {

    public AccessKey {
        groups = List.copyOf(groups);
    }

    static AccessKey of(UserIdentity user, String verb, String group, String resource, String namespace) {
        return new AccessKey(user.name(), user.groups().stream().distinct().sorted().toList(), verb,
                group == null ? "" : group, resource, namespace == null ? "" : namespace);
    }

    /**
     * A short stable identifier for a shared cache: a hash of user and groups (a user may belong to
     * hundreds of groups, and names should not sit in Redis in clear), then the question itself.
     */
    public String id() {
        return subjectHash() + ":" + verb + ":" + group + ":" + resource + ":" + namespace;
    }

    private String subjectHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // NUL cannot occur in user or group names: it separates them without ambiguity.
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            for (String g : groups) {
                sha.update((byte) 0);
                sha.update(g.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
