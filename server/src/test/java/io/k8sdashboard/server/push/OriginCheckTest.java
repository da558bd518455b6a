package io.k8sdashboard.server.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.web.AllowedHosts;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginCheckTest {

    private final AllowedHosts dashHosts = AllowedHosts.parse("dash.example.com");
    private final OriginCheck dashOnly = new OriginCheck(List.of(), dashHosts, true);

    @Test
    void originsOfTheAllowedHostsAreAllowed() {
        assertThat(dashOnly.allows("http://127.0.0.1:9080")).isTrue();
        assertThat(dashOnly.allows("http://localhost:4180")).isTrue();
        assertThat(dashOnly.allows("http://[::1]:9080")).isTrue();
        assertThat(dashOnly.allows("https://Dash.Example.com")).isTrue();
        assertThat(dashOnly.allows("https://dash.example.com:8443")).isTrue();
    }

    @Test
    void anOriginEqualToARebindedHostIsRefused() {
        // After DNS rebinding the page on evil.example reaches the dashboard with Host and Origin
        // both evil.example: "Origin == Host" would let it in.
        assertThat(dashOnly.allows("http://rebind.evil.example:9080")).isFalse();
    }

    @Test
    void anotherSiteIsRefused() {
        assertThat(dashOnly.allows("https://evil.example")).isFalse();
        assertThat(dashOnly.allows("https://dash.example.com.evil.example")).isFalse();
        assertThat(dashOnly.allows("http://127.0.0.1.nip.io")).isFalse();
    }

    @Test
    void nullAndMalformedOriginsAreRefused() {
        assertThat(dashOnly.allows("null")).isFalse();
        assertThat(dashOnly.allows("http://user@dash.example.com")).isFalse();
        assertThat(dashOnly.allows("::::")).isFalse();
    }

    @Test
    void listedOriginsAreAllowedBesidesTheAllowedHosts() {
        OriginCheck check = new OriginCheck(List.of("https://other.example.com", " http://dev.example:5173 "),
                AllowedHosts.loopbackOnly(), true);
        assertThat(check.allows("https://other.example.com")).isTrue();
        assertThat(check.allows("http://dev.example:5173")).isTrue();
        assertThat(check.allows("https://other.example.com:8443")).isFalse();
        assertThat(check.allows("https://dash.example.com")).isFalse();
    }

    @Test
    void aMissingOriginIsANonBrowserClientAllowedUnlessConfiguredOtherwise() {
        assertThat(dashOnly.allows(null)).isTrue();
        assertThat(new OriginCheck(List.of(), dashHosts, false).allows(null)).isFalse();
        assertThat(new OriginCheck(List.of(), dashHosts, false).allows("")).isFalse();
    }
}
