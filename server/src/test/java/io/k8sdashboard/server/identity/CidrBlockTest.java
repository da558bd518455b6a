package io.k8sdashboard.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrBlockTest {

    @Test
    void ipv4BlockContainsItsAddressesOnly() {
        CidrBlock block = CidrBlock.parse("10.1.0.0/16");
        assertThat(block.contains("10.1.0.1")).isTrue();
        assertThat(block.contains("10.1.255.255")).isTrue();
        assertThat(block.contains("10.2.0.1")).isFalse();
        assertThat(block.contains("11.1.0.1")).isFalse();
    }

    @Test
    void nonOctetPrefixMasksTheRightBits() {
        CidrBlock block = CidrBlock.parse("192.168.4.0/22");
        assertThat(block.contains("192.168.7.200")).isTrue();
        assertThat(block.contains("192.168.8.1")).isFalse();
        assertThat(block.contains("192.168.3.255")).isFalse();
    }

    @Test
    void slash32IsOneHost() {
        CidrBlock block = CidrBlock.parse("127.0.0.1/32");
        assertThat(block.contains("127.0.0.1")).isTrue();
        assertThat(block.contains("127.0.0.2")).isFalse();
    }

    @Test
    void bareAddressIsOneHost() {
        assertThat(CidrBlock.parse("10.0.0.5").contains("10.0.0.5")).isTrue();
        assertThat(CidrBlock.parse("10.0.0.5").contains("10.0.0.6")).isFalse();
    }

    @Test
    void slash0ContainsEveryAddressOfItsFamilyOnly() {
        assertThat(CidrBlock.parse("0.0.0.0/0").contains("203.0.113.9")).isTrue();
        assertThat(CidrBlock.parse("0.0.0.0/0").contains("2001:db8::1")).isFalse();
        assertThat(CidrBlock.parse("::/0").contains("2001:db8::1")).isTrue();
        assertThat(CidrBlock.parse("::/0").contains("203.0.113.9")).isFalse();
    }

    @Test
    void ipv6BlocksAndLoopbackInEveryNotation() {
        CidrBlock loopback = CidrBlock.parse("::1/128");
        assertThat(loopback.contains("::1")).isTrue();
        assertThat(loopback.contains("0:0:0:0:0:0:0:1")).isTrue(); // how servlet containers report it
        assertThat(loopback.contains("::2")).isFalse();

        CidrBlock ula = CidrBlock.parse("fd00::/8");
        assertThat(ula.contains("fd12:3456::1")).isTrue();
        assertThat(ula.contains("fe80::1")).isFalse();
        assertThat(CidrBlock.parse("fe80::/10").contains("fe80::1%eth0")).isTrue();
    }

    @Test
    void ipv4MappedIpv6PeerMatchesIpv4Block() {
        assertThat(CidrBlock.parse("127.0.0.1/32").contains("::ffff:127.0.0.1")).isTrue();
    }

    @Test
    void hostBitsAreMaskedNotRejected() {
        assertThat(CidrBlock.parse("10.0.0.1/8").contains("10.200.0.1")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com/32", "10.0.0.0/33", "::1/129", "10.0.0.0/", "10.0.0.0/x",
            "256.0.0.1/32", "10.0.0/8", "", "10.0.0.0/-1", "1.2.3.4/08/1", "gggg::/16"})
    void malformedBlocksAreRejectedWithTheEntryNamed(String bad) {
        assertThatThrownBy(() -> CidrBlock.parse(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + bad + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "", "not-an-ip", "1.2.3"})
    void nonLiteralPeersAreNeverContained(String peer) {
        assertThat(CidrBlock.parse("0.0.0.0/0").contains(peer)).isFalse();
        assertThat(CidrBlock.parse("::/0").contains(peer)).isFalse();
    }
}
