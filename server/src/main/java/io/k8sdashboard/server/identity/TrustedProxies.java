package io.k8sdashboard.server.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The peers allowed to assert a user through {@code X-Forwarded-*} headers (MP Config
 * {@code dashboard.auth.trusted-proxies}): comma-separated CIDR blocks.
 */
public final class TrustedProxies {

    /** Loopback only: OAuth2-Proxy as a sidecar in the same pod. */
    public static final String DEFAULT = "127.0.0.1/32,::1/128";

    private final List<CidrBlock> blocks;

    private TrustedProxies(List<CidrBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Parses the list. An empty list is allowed (no peer is trusted: proxy mode then refuses
     * everyone), a malformed entry is not.
     *
     * @throws IllegalArgumentException naming the config key and the bad entry
     */
    public static TrustedProxies parse(String csv) {
        List<CidrBlock> blocks = new ArrayList<>();
        if (csv != null) {
            for (String entry : csv.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                try {
                    blocks.add(CidrBlock.parse(entry));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("dashboard.auth.trusted-proxies: " + e.getMessage()
                            + " (expected comma-separated CIDRs such as 10.0.0.0/8,fd00::/8)", e);
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    /** Whether the TCP peer is a trusted proxy. */
    public boolean trusts(String peerAddress) {
        for (CidrBlock block : blocks) {
            if (block.contains(peerAddress)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return blocks.toString();
    }
}
