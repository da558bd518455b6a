package io.k8sdashboard.plugin.api;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a Kubernetes resource kind: its API group, version, kind name and plural resource
 * name, and whether its objects live in a namespace.
 *
 * @param group API group, empty for the core group ("" for Pod, "apps" for Deployment)
 * @param version API version within the group ("v1")
 * @param kind the kind as written in objects ("Deployment")
 * @param plural the plural resource name used in URLs ("deployments")
 * @param namespaced whether objects of this kind belong to a namespace
 * @since 1.0.0
 */
public record KindDescriptor(String group, String version, String kind, String plural, boolean namespaced) {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern PLURAL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern VERSION = Pattern.compile("v[0-9]+((alpha|beta)[0-9]+)?");

    /**
     * Validates every part; an invalid descriptor is a programming error in the plugin.
     *
     * @since 1.0.0
     */
    public KindDescriptor {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plural, "plural");
        if (!group.isEmpty() && !DNS_SUBDOMAIN.matcher(group).matches()) {
            throw new IllegalArgumentException("group is not a DNS subdomain: " + group);
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version is not a Kubernetes API version: " + version);
        }
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be UpperCamelCase: " + kind);
        }
        if (!PLURAL.matcher(plural).matches()) {
            throw new IllegalArgumentException("plural must be a lowercase resource name: " + plural);
        }
    }

    /**
     * The object's {@code apiVersion}: {@code "v1"} for the core group, else {@code "group/version"}.
     *
     * @return the apiVersion string
     * @since 1.0.0
     */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /**
     * The name kubectl uses for the kind: the plural, qualified by the group unless it is the core
     * group ({@code pods}, {@code deployments.apps}, {@code certificates.cert-manager.io}). This
     * is the key under which the dashboard serves the kind ({@code /api/v1/resources/{name}}).
     *
     * @return the qualified resource name
     * @since 1.0.0
     */
    public String resourceName() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /**
     * The kind written as {@code group/version/Kind} (core group: {@code v1/Kind}), for logs.
     *
     * @return a readable identifier
     * @since 1.0.0
     */
    @Override
    public String toString() {
        return apiVersion() + "/" + kind;
    }

    /**
     * The lower-case singular kubectl also accepts ("deployment").
     *
     * @return the singular name
     * @since 1.0.0
     */
    public String singular() {
        return kind.toLowerCase(Locale.ROOT);
    }
}
