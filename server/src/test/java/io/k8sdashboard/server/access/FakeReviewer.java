package io.k8sdashboard.server.access;

import io.k8sdashboard.plugin.api.UserIdentity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An RBAC stand-in: allows exactly the rules granted, "verb group/resource namespace" ("" =
 * cluster-wide), plus rules on named objects ({@code resourceNames}), which grant that name only.
 */
public final class FakeReviewer implements AccessReviewer {

    private final Set<String> rules = new HashSet<>();
    /** Every question asked, in order. */
    public final List<String> asked = new ArrayList<>();

    public FakeReviewer allow(String verb, String group, String resource, String namespace) {
        rules.add(rule(verb, group, resource, namespace));
        return this;
    }

    /** A right on one named object only, as a Role with {@code resourceNames}. */
    public FakeReviewer allowNamed(String verb, String group, String resource, String namespace, String name) {
        rules.add(rule(verb, group, resource, namespace) + " " + name);
        return this;
    }

    @Override
    public synchronized boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace,
            String name) {
        String rule = rule(verb, group, resource, namespace) + " " + name;
        asked.add(rule);
        return rules.contains(rule) || rules.contains(rule(verb, group, resource, namespace));
    }

    @Override
    public synchronized boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace) {
        String rule = rule(verb, group, resource, namespace);
        asked.add(rule);
        return rules.contains(rule);
    }

    private static String rule(String verb, String group, String resource, String namespace) {
        return verb + " " + group + "/" + resource + " " + (namespace == null ? "" : namespace);
    }
}
