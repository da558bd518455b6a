package io.k8sdashboard.server.access;

import io.k8sdashboard.plugin.api.UserIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * One access question, as cached. Groups are sorted and de-duplicated: their order does not matter.
 * {@code name} is the object asked about ({@code ""}: every object of the resource), since RBAC
 * may allow a verb on named objects only ({@code resourceNames}).
 */
public record AccessKey(String user, List<String> groups, String verb, String group, String resource, String namespace,
        String name) {

    public AccessKey {
        groups = List.copyOf(groups);
        name = name == null ? "" : name;
    }

    /** A question about every object of the resource. */
    public AccessKey(String user, List<String> groups, String verb, String group, String resource, String namespace) {
        this(user, groups, verb, group, resource, namespace, "");
    }

    static AccessKey of(UserIdentity user, String verb, String group, String resource, String namespace) {
        return of(user, verb, group, resource, namespace, null);
    }

    static AccessKey of(UserIdentity user, String verb, String group, String resource, String namespace, String name) {
        return new AccessKey(user.name(), user.groups().stream().distinct().sorted().toList(), verb,
                group == null ? "" : group, resource, namespace == null ? "" : namespace, name);
    }

    /**
     * A short stable identifier for a shared cache: a hash of user and groups (a user may belong to
     * hundreds of groups, and names should not sit in Redis in clear), then the question itself.
     * Only the object name may hold a colon (a ClusterRole's, say): it comes last, so ids stay
     * unambiguous.
     */
    public String id() {
        return subjectHash() + ":" + verb + ":" + group + ":" + resource + ":" + namespace + (name.isEmpty() ? "" : ":" + name);
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
