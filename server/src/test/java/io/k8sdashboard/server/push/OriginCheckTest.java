package io.k8sdashboard.server.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginCheckTest {

    private final OriginCheck sameOriginOnly = new OriginCheck(List.of(), true);

    @Test
    void theSameOriginIsAllowed() {
        assertThat(sameOriginOnly.allows("http://127.0.0.1:9080", "127.0.0.1:9080")).isTrue();
        assertThat(sameOriginOnly.allows("https://Dash.Example.com", "dash.example.com")).isTrue();
        assertThat(sameOriginOnly.allows("https://dash.example.com", "dash.example.com:443")).isTrue();
        assertThat(sameOriginOnly.allows("http://dash.example.com:80", "dash.example.com")).isTrue();
    }

    @Test
    void anotherSiteOrPortIsRefused() {
        assertThat(sameOriginOnly.allows("https://evil.example", "dash.example.com")).isFalse();
        assertThat(sameOriginOnly.allows("http://127.0.0.1:9081", "127.0.0.1:9080")).isFalse();
        assertThat(sameOriginOnly.allows("https://dash.example.com.evil.example", "dash.example.com")).isFalse();
        assertThat(sameOriginOnly.allows("http://dash.example.com", null)).isFalse();
    }

    @Test
    void nullAndMalformedOriginsAreRefused() {
        assertThat(sameOriginOnly.allows("null", "dash.example.com")).isFalse();
        assertThat(sameOriginOnly.allows("http://user@dash.example.com", "dash.example.com")).isFalse();
        assertThat(sameOriginOnly.allows("::::", "dash.example.com")).isFalse();
    }

    @Test
    void listedOriginsAreAllowedBesidesTheSameOrigin() {
        OriginCheck check = new OriginCheck(List.of("https://dash.example.com", " http://localhost:5173 "), true);
        assertThat(check.allows("https://dash.example.com", "10.0.0.5:9080")).isTrue();
        assertThat(check.allows("http://localhost:5173", "127.0.0.1:9080")).isTrue();
        assertThat(check.allows("https://dash.example.com:8443", "10.0.0.5:9080")).isFalse();
        assertThat(check.allows("http://10.0.0.5:9080", "10.0.0.5:9080")).isTrue();
    }

    @Test
    void aMissingOriginIsANonBrowserClientAllowedUnlessConfiguredOtherwise() {
        assertThat(sameOriginOnly.allows(null, "dash.example.com")).isTrue();
        assertThat(new OriginCheck(List.of(), false).allows(null, "dash.example.com")).isFalse();
        assertThat(new OriginCheck(List.of(), false).allows("", "dash.example.com")).isFalse();
    }
}
