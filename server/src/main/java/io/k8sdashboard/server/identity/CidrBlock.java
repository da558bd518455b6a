package io.k8sdashboard.server.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare address
 * means that one host. Parsing never does DNS: only address literals are accepted, so a typo in
 * the trusted-proxy list cannot turn into a lookup (or a spoofable name).
 */
public final class CidrBlock {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefix;
    private final String text;

    private CidrBlock(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /**
     * Parses a block.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    public static CidrBlock parse(String cidr) {
        Objects.requireNonNull(cidr, "cidr");
        String text = cidr.trim();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = literal(address)
                .orElseThrow(() -> new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 address literal"));
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String suffix = text.substring(slash + 1);
            if (!suffix.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length after '/'");
            }
            prefix = Integer.parseInt(suffix);
            if (prefix > bits) {
                throw new IllegalArgumentException("'" + cidr + "' has prefix /" + prefix + ", more than " + bits + " bits");
            }
        }
        return new CidrBlock(mask(bytes, prefix), prefix, text);
    }

    /** Whether an address literal (as from {@code getRemoteAddr()}) lies in this block. */
    public boolean contains(String address) {
        return literal(address).map(this::contains).orElse(false);
    }

    private boolean contains(byte[] address) {
        return address.length == network.length && Arrays.equals(mask(address, prefix), network);
    }

    /**
     * The address's bytes if it is a literal. IPv4-mapped IPv6 addresses come back as 4 bytes
     * (Java's InetAddress does this), so {@code ::ffff:127.0.0.1} matches {@code 127.0.0.1/32}.
     */
    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.trim();
        int scope = a.indexOf('%'); // fe80::1%eth0: the zone does not change the address
        if (scope >= 0) {
            a = a.substring(0, scope);
        }
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        boolean v4 = IPV4.matcher(a).matches();
        if (!v4 && !IPV6.matcher(a).matches()) {
            return Optional.empty();
        }
        if (v4) {
            for (String part : a.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            // Safe: a string matching these patterns is parsed as a literal, never resolved.
            return Optional.of(InetAddress.getByName(a).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] &= (byte) (0xFF00 >> keep);
        }
        return masked;
    }

    @Override
    public String toString() {
        return text;
    }
}
