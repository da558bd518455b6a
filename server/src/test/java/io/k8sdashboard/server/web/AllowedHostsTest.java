package io.k8sdashboard.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private final AllowedHosts loopback = AllowedHosts.parse(null);
    private final AllowedHosts configured = AllowedHosts.parse(" Dash.Example.com , 10.0.0.5,,");

    @Test
    void loopbackIsAllowedWithAnyPort() {
        assertThat(loopback.allowsHostHeader("localhost")).isTrue();
        assertThat(loopback.allowsHostHeader("localhost:9080")).isTrue();
        assertThat(loopback.allowsHostHeader("127.0.0.1:4180")).isTrue();
        assertThat(loopback.allowsHostHeader("[::1]:9080")).isTrue();
        assertThat(loopback.allowsHostHeader("[::1]")).isTrue();
        assertThat(loopback.allowsHostHeader("LocalHost:5173")).isTrue();
    }

    @Test
    void aForeignNameIsRefusedEvenWhenItResolvesToLoopback() {
        // DNS rebinding: the attacker's name now points here, the browser still sends that name.
        assertThat(loopback.allowsHostHeader("rebind.evil.example")).isFalse();
        assertThat(loopback.allowsHostHeader("rebind.evil.example:9080")).isFalse();
        assertThat(loopback.allowsHostHeader("localhost.evil.example")).isFalse();
        assertThat(loopback.allowsHostHeader("127.0.0.1.nip.io:9080")).isFalse();
        assertThat(loopback.allowsHostHeader("dash.example.com")).isFalse();
    }

    @Test
    void missingAndMalformedHostsAreRefused() {
        assertThat(loopback.allowsHostHeader(null)).isFalse();
        assertThat(loopback.allowsHostHeader("")).isFalse();
        assertThat(loopback.allowsHostHeader(":9080")).isFalse();
        assertThat(loopback.allowsHostHeader("localhost:http")).isFalse();
        assertThat(loopback.allowsHostHeader("[::1")).isFalse();
        assertThat(loopback.allowsHostHeader("[::1]x")).isFalse();
        assertThat(loopback.allowsHostHeader("localhost:9080:1")).isFalse();
    }

    @Test
    void configuredNamesAreAllowedBesidesLoopback() {
        assertThat(configured.allowsHostHeader("dash.example.com")).isTrue();
        assertThat(configured.allowsHostHeader("DASH.example.com:443")).isTrue();
        assertThat(configured.allowsHostHeader("dash.example.com.")).isTrue();
        assertThat(configured.allowsHostHeader("10.0.0.5:9080")).isTrue();
        assertThat(configured.allowsHostHeader("127.0.0.1:9080")).isTrue();
        assertThat(configured.allowsHostHeader("other.example.com")).isFalse();
        assertThat(configured.allowsName("dash.example.com")).isTrue();
        assertThat(configured.allowsName("[::1]")).isTrue();
        assertThat(configured.allowsName("evil.example")).isFalse();
    }

    @Test
    void anEntryThatIsNotABareHostNameStopsTheStartNamingTheKey() {
        for (String bad : new String[] {"https://dash.example.com", "dash.example.com:443", "*.example.com", "dash.example.com/ui"}) {
            assertThatThrownBy(() -> AllowedHosts.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(AllowedHosts.KEY).hasMessageContaining(bad);
        }
    }
}
