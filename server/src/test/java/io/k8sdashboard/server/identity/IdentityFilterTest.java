package io.k8sdashboard.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.testing.Fakes;
import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdentityFilterTest {

    private final IdentityFilter proxyFilter =
            new IdentityFilter(() -> IdentityResolver.proxy(TrustedProxies.parse("10.0.0.0/8,::1/128")));
    private final AtomicReference<CurrentUser.RequestIdentity> seen = new AtomicReference<>();
    private boolean chainCalled;
    private final FilterChain chain = (req, res) -> {
        chainCalled = true;
        seen.set(CurrentUser.get().orElse(null));
    };

    @AfterEach
    void nothingLeaks() {
        assertThat(CurrentUser.get()).as("identity cleared after the request").isEmpty();
    }

    @Test
    void trustedPeerWithUserHeadersIsBoundForTheRequest() throws Exception {
        Fakes.Request request = new Fakes.Request().from("10.1.2.3")
                .header("X-Forwarded-User", "alice")
                .header("X-Forwarded-Email", "alice@example.com")
                .header("X-Forwarded-Groups", "dev, ops,,");
        Fakes.Response response = new Fakes.Response();

        proxyFilter.doFilter(request.build(), response.build(), chain);

        assertThat(chainCalled).isTrue();
        assertThat(seen.get().impersonate()).isTrue();
        assertThat(seen.get().user().name()).isEqualTo("alice");
        assertThat(seen.get().user().email()).isEqualTo("alice@example.com");
        assertThat(seen.get().user().groups()).containsExactly("dev", "ops");
        assertThat(request.attributes).containsEntry(IdentityFilter.USER_ATTRIBUTE, "alice");
    }

    @Test
    void identityHeadersFromUntrustedPeerAre401() throws Exception {
        Fakes.Request request = new Fakes.Request().from("192.168.1.50")
                .header("X-Forwarded-User", "admin")
                .header("X-Forwarded-For", "10.0.0.1"); // never consulted
        Fakes.Response response = new Fakes.Response();

        proxyFilter.doFilter(request.build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(401);
        assertThat(response.contentType).isEqualTo("application/problem+json");
        assertThat(response.bodyText()).contains("untrusted-identity-headers").doesNotContain("admin");
    }

    @Test
    void untrustedPeerWithoutHeadersIs401Unauthenticated() throws Exception {
        Fakes.Response response = new Fakes.Response();
        proxyFilter.doFilter(new Fakes.Request().from("192.168.1.50").build(), response.build(), chain);
        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(401);
        assertThat(response.bodyText()).contains("problems/unauthenticated");
    }

    @Test
    void trustedPeerWithoutUserIs401() throws Exception {
        Fakes.Request request = new Fakes.Request().from("::1").header("X-Forwarded-Email", "a@example.com");
        Fakes.Response response = new Fakes.Response();

        proxyFilter.doFilter(request.build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(401);
        assertThat(response.bodyText()).contains("problems/unauthenticated");
    }

    @Test
    void systemUserIs403() throws Exception {
        Fakes.Request request = new Fakes.Request().from("10.0.0.9")
                .header("X-Forwarded-User", "system:serviceaccount:kube-system:default");
        Fakes.Response response = new Fakes.Response();

        proxyFilter.doFilter(request.build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(403);
        assertThat(response.bodyText()).contains("reserved-identity");
    }

    @Test
    void systemGroupIs403() throws Exception {
        Fakes.Request request = new Fakes.Request().from("10.0.0.9")
                .header("X-Forwarded-User", "mallory").header("X-Forwarded-Groups", "dev,system:masters");
        Fakes.Response response = new Fakes.Response();

        proxyFilter.doFilter(request.build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(403);
    }

    @Test
    void controlCharactersOrOverlongValuesAre400() throws Exception {
        Fakes.Response response = new Fakes.Response();
        proxyFilter.doFilter(new Fakes.Request().from("10.0.0.9").header("X-Forwarded-User", "bob\r\nX-Evil: 1")
                .build(), response.build(), chain);
        assertThat(response.status).isEqualTo(400);

        Fakes.Response tooLong = new Fakes.Response();
        proxyFilter.doFilter(new Fakes.Request().from("10.0.0.9").header("X-Forwarded-User", "b".repeat(300))
                .build(), tooLong.build(), chain);
        assertThat(tooLong.status).isEqualTo(400);
        assertThat(chainCalled).isFalse();
    }

    @Test
    void repeatedUserHeaderIs400() throws Exception {
        Fakes.Response response = new Fakes.Response();
        proxyFilter.doFilter(new Fakes.Request().from("10.0.0.9").header("X-Forwarded-User", "alice")
                .header("X-Forwarded-User", "admin").build(), response.build(), chain);
        assertThat(response.status).isEqualTo(400);
        assertThat(chainCalled).isFalse();
    }

    @Test
    void localModeIgnoresHeadersAndActsAsLocalUserWithoutImpersonation() throws Exception {
        IdentityFilter local = new IdentityFilter(() -> IdentityResolver.local("local"));
        Fakes.Request request = new Fakes.Request().from("192.168.1.50")
                .header("X-Forwarded-User", "system:admin").header("X-Forwarded-Groups", "system:masters");
        Fakes.Response response = new Fakes.Response();

        local.doFilter(request.build(), response.build(), chain);

        assertThat(chainCalled).isTrue();
        assertThat(seen.get().user().name()).isEqualTo("local");
        assertThat(seen.get().user().groups()).isEmpty();
        assertThat(seen.get().impersonate()).isFalse();
    }

    @Test
    void staticFilesPassWithoutUser() throws Exception {
        Fakes.Response response = new Fakes.Response();
        proxyFilter.doFilter(new Fakes.Request().from("192.168.1.50").path("/index.html", null).build(),
                response.build(), chain);
        assertThat(chainCalled).isTrue();
        assertThat(seen.get()).isNull();
        assertThat(response.status).isEqualTo(200);
    }

    @Test
    void webSocketPathNeedsUser() throws Exception {
        Fakes.Response response = new Fakes.Response();
        proxyFilter.doFilter(new Fakes.Request().from("192.168.1.50").path("/ws", null).build(),
                response.build(), chain);
        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(401);
    }

    @Test
    void identityIsClearedEvenWhenTheChainThrows() {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("boom");
        };
        Fakes.Request request = new Fakes.Request().from("10.0.0.9").header("X-Forwarded-User", "alice");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> proxyFilter.doFilter(request.build(), new Fakes.Response().build(), failing))
                .hasMessage("boom");
        // nothingLeaks() checks CurrentUser afterwards
    }
}
