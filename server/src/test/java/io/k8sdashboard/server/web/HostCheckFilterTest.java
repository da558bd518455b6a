package io.k8sdashboard.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.testing.Fakes;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

class HostCheckFilterTest {

    private final HostCheckFilter filter = new HostCheckFilter(() -> AllowedHosts.parse("dash.example.com"));
    private boolean chainCalled;
    private final FilterChain chain = (req, res) -> chainCalled = true;

    @Test
    void anAllowedHostPasses() throws Exception {
        filter.doFilter(new Fakes.Request().header("Host", "dash.example.com").build(), new Fakes.Response().build(), chain);
        assertThat(chainCalled).isTrue();
    }

    @Test
    void aForeignHostOnTheApiIsA421ProblemBeforeAnythingElseRuns() throws Exception {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(new Fakes.Request().header("Host", "rebind.evil.example:9080").build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(421);
        assertThat(response.contentType).isEqualTo("application/problem+json");
        assertThat(response.bodyText()).contains("host-not-allowed", AllowedHosts.KEY);
    }

    @Test
    void aForeignHostOnTheWebSocketIsAProblemToo() throws Exception {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(new Fakes.Request().path("/ws", null).header("Host", "evil.example").build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(421);
        assertThat(response.contentType).isEqualTo("application/problem+json");
    }

    @Test
    void aForeignHostOnTheUiIsPlainText() throws Exception {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(new Fakes.Request().path("/index.html", null).header("Host", "evil.example").build(), response.build(), chain);

        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(421);
        assertThat(response.contentType).isEqualTo("text/plain");
        assertThat(response.bodyText()).contains(AllowedHosts.KEY);
    }

    @Test
    void aRequestWithoutHostIsRefused() throws Exception {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(new Fakes.Request().build(), response.build(), chain);
        assertThat(chainCalled).isFalse();
        assertThat(response.status).isEqualTo(421);
    }
}
