package io.k8sdashboard.server.web;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names the dashboard answers for: loopback ({@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}) and the names listed in {@value #KEY}, each with any port.
 *
 * <p>This defeats DNS rebinding: a page on {@code evil.example} whose name is re-pointed at the
 * dashboard's address is still same-origin with {@code evil.example}, so the browser sends
 * {@code Host: evil.example}, which is not on the list. Ports are not compared: the attack is a
 * foreign <em>name</em>, and behind a proxy the port the browser used is not known here.
 */
public final class AllowedHosts {

    /** The MicroProfile Config key of the extra host names. */
    public static final String KEY = "dashboard.http.allowed-hosts";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = names;
    }

    /** Loopback only. */
    public static AllowedHosts loopbackOnly() {
        return new AllowedHosts(LOOPBACK);
    }

    /**
     * Loopback plus the comma-separated host names in {@code configured} (null or blank: none).
     *
     * @throws IllegalArgumentException naming {@value #KEY} and the entry when an entry is not a
     *         bare host name (a port, a scheme, a path or a wildcard)
     */
    public static AllowedHosts parse(String configured) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        if (configured != null) {
            for (String entry : configured.split(",")) {
                String name = entry.trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(name).matches() && !IPV6.matcher(name).matches()) {
                    throw new IllegalArgumentException(KEY + ": '" + entry.trim()
                            + "' is not a host name; list bare names such as dash.example.com (no scheme, port or path)");
                }
                names.add(name);
            }
        }
        return new AllowedHosts(Set.copyOf(names));
    }

    /** Whether a {@code Host} header ({@code name[:port]}, {@code [v6][:port]}) names this dashboard. */
    public boolean allowsHostHeader(String host) {
        String name = nameOf(host);
        return name != null && names.contains(name);
    }

    /** Whether a host name (as {@link java.net.URI#getHost()} gives it, IPv6 in brackets) is allowed. */
    public boolean allowsName(String name) {
        return name != null && names.contains(withoutTrailingDot(name.toLowerCase(Locale.ROOT)));
    }

    /** The host name of a Host header in lower case, without port and trailing dot; null when malformed. */
    static String nameOf(String host) {
        if (host == null) {
            return null;
        }
        String value = host.trim().toLowerCase(Locale.ROOT);
        String name = value;
        String port = null;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return null;
            }
            name = value.substring(0, end + 1);
            String rest = value.substring(end + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return null;
                }
                port = rest.substring(1);
            }
        } else {
            int colon = value.lastIndexOf(':');
            if (colon >= 0) {
                name = value.substring(0, colon);
                port = value.substring(colon + 1);
            }
        }
        if (port != null && !PORT.matcher(port).matches() || name.isEmpty()) {
            return null;
        }
        return withoutTrailingDot(name);
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    @Override
    public String toString() {
        return String.join(",", names.stream().sorted().toList());
    }
}
