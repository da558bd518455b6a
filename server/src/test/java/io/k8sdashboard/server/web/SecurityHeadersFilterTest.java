package io.k8sdashboard.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.testing.Fakes;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void everyResponseForbidsInlineScriptFramingAndSniffing() throws Exception {
        Fakes.Response response = new Fakes.Response();
        new SecurityHeadersFilter().doFilter(new Fakes.Request().path("/index.html", null).build(), response.build(),
                (req, res) -> { });

        String csp = response.headers.get("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(csp.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
        assertThat(response.headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "no-referrer");
    }
}
