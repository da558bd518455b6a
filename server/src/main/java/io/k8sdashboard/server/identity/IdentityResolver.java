package io.k8sdashboard.server.identity;

import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.identity.IdentityDecision.Accepted;
import io.k8sdashboard.server.identity.IdentityDecision.Refused;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Decides whom a request acts for.
 *
 * <p>Proxy mode: the user comes from OAuth2-Proxy's {@code X-Forwarded-*} headers, believed only
 * when the TCP peer is a trusted proxy ({@code X-Forwarded-For} is never consulted: anyone can
 * send it). Names starting with {@code system:} are refused, user or group: impersonating them
 * would hand a browser user the powers of a Kubernetes component or {@code system:masters}.
 *
 * <p>Local mode: everyone is the configured local user and the dashboard uses its own
 * credentials; identity headers are ignored, since nothing vouches for them.
 */
public final class IdentityResolver {

    private static final Logger LOG = Logger.getLogger(IdentityResolver.class.getName());
    private static final String SYSTEM_PREFIX = "system:";
    /**
     * Refused identities are logged at most once a minute per peer (with a count of the rest): an
     * unauthenticated flood must not fill the log. Shared by every resolver (settings may rebuild it).
     */
    private static final LogThrottle REFUSALS = new LogThrottle(LOG::warning, System::nanoTime, Duration.ofMinutes(1), 1_000);

    private final boolean proxyMode;
    private final TrustedProxies trustedProxies;
    private final RequestIdentity localIdentity;

    private IdentityResolver(boolean proxyMode, TrustedProxies trustedProxies, String localUser) {
        this.proxyMode = proxyMode;
        this.trustedProxies = trustedProxies;
        this.localIdentity = new RequestIdentity(new UserIdentity(localUser, null, List.of()), false);
    }

    /** Proxy mode, trusting the given peers. */
    public static IdentityResolver proxy(TrustedProxies trustedProxies) {
        return new IdentityResolver(true, Objects.requireNonNull(trustedProxies, "trustedProxies"), "-");
    }

    /** Local mode, acting as the named user. */
    public static IdentityResolver local(String localUser) {
        return new IdentityResolver(false, TrustedProxies.parse(""), Objects.requireNonNull(localUser, "localUser"));
    }

    public boolean proxyMode() {
        return proxyMode;
    }

    /**
     * Identifies a request.
     *
     * @param peerAddress the TCP peer ({@code getRemoteAddr()})
     * @param headers reads a header by name, returning every value sent under it
     */
    public IdentityDecision resolve(String peerAddress, Function<String, List<String>> headers) {
        if (!proxyMode) {
            return new Accepted(localIdentity);
        }
        boolean sentIdentity = IdentityHeaders.ALL.stream().anyMatch(h -> !headers.apply(h).isEmpty());
        if (!trustedProxies.trusts(peerAddress)) {
            if (sentIdentity) {
                REFUSALS.log("untrusted:" + peerAddress, () -> "Refused identity headers from untrusted peer " + peerAddress
                        + " (not in dashboard.auth.trusted-proxies " + trustedProxies + ")");
                return new Refused(401, "untrusted-identity-headers", "Identity headers refused",
                        "Identity headers are accepted only from the authenticating proxy");
            }
            return unauthenticated();
        }
        Optional<String> user;
        Optional<String> email;
        Optional<String> groupsHeader;
        try {
            user = single(headers, IdentityHeaders.USER, IdentityHeaders.MAX_NAME);
            email = single(headers, IdentityHeaders.EMAIL, IdentityHeaders.MAX_NAME);
            groupsHeader = single(headers, IdentityHeaders.GROUPS, IdentityHeaders.MAX_GROUPS_HEADER);
        } catch (IllegalArgumentException e) {
            return new Refused(400, "invalid-identity-header", "Invalid identity header", e.getMessage());
        }
        if (user.isEmpty()) {
            return unauthenticated();
        }
        List<String> groups = IdentityHeaders.groups(groupsHeader.orElse(null));
        if (groups.size() > IdentityHeaders.MAX_GROUPS) {
            return new Refused(400, "invalid-identity-header", "Invalid identity header",
                    IdentityHeaders.GROUPS + " lists more than " + IdentityHeaders.MAX_GROUPS + " groups");
        }
        if (user.get().startsWith(SYSTEM_PREFIX) || groups.stream().anyMatch(g -> g.startsWith(SYSTEM_PREFIX))) {
            REFUSALS.log("reserved:" + peerAddress, () -> "Refused reserved Kubernetes identity from proxy " + peerAddress);
            return new Refused(403, "reserved-identity", "Reserved identity refused",
                    "User and group names starting with 'system:' are reserved for Kubernetes components");
        }
        return new Accepted(new RequestIdentity(new UserIdentity(user.get(), email.orElse(null), groups), true));
    }

    private static Refused unauthenticated() {
        return new Refused(401, "unauthenticated", "Not signed in",
                "No signed-in user: sign in through the dashboard's login proxy");
    }

    /** The header's one value, trimmed; blank counts as absent. */
    private static Optional<String> single(Function<String, List<String>> headers, String name, int maxLength) {
        List<String> values = headers.apply(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " was sent more than once");
        }
        String value = values.get(0);
        IdentityHeaders.invalid(name, value, maxLength).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        String trimmed = value.trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }
}
