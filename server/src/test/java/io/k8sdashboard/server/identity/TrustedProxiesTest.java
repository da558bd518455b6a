package io.k8sdashboard.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void defaultTrustsLoopbackOnly() {
        TrustedProxies proxies = TrustedProxies.parse(TrustedProxies.DEFAULT);
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("10.0.0.1")).isFalse();
    }

    @Test
    void mixedListWithSpacesAndBlanks() {
        TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8 , ,fd00::/8");
        assertThat(proxies.trusts("10.9.9.9")).isTrue();
        assertThat(proxies.trusts("fd00::5")).isTrue();
        assertThat(proxies.trusts("192.168.0.1")).isFalse();
    }

    @Test
    void emptyListTrustsNobody() {
        assertThat(TrustedProxies.parse("").trusts("127.0.0.1")).isFalse();
    }

    @Test
    void malformedEntryIsRejectedNamingTheKey() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8,10.0.0.0/40"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dashboard.auth.trusted-proxies")
                .hasMessageContaining("10.0.0.0/40");
    }
}
