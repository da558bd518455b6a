package io.k8sdashboard.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.testing.Fakes;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaticCachePolicyTest {

    private final StaticCachePolicy policy = new StaticCachePolicy(Set.of("/assets/index-D-AbeABi.js", "/index.html")::contains);

    @Test
    void hashedAssetsAreKeptAYearUnchanged() {
        assertThat(policy.policy("/assets/index-D-AbeABi.js")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void indexHtmlAndTheRootAreRevalidated() {
        assertThat(policy.policy("/index.html")).isEqualTo("no-cache");
        assertThat(policy.policy("/")).isEqualTo("no-cache");
    }

    @Test
    void aMissingAssetIsNotCachedAYear() {
        // During a rolling update a new index.html may ask an old replica for a new asset: that 404
        // must not stick in the browser.
        assertThat(policy.policy("/assets/index-NEWHASH.js")).isEqualTo("no-cache");
    }

    @Test
    void theApiAndTheSocketAreLeftToTheirOwnPolicy() throws Exception {
        for (Fakes.Request request : new Fakes.Request[] {new Fakes.Request(), new Fakes.Request().path("/ws", null)}) {
            Fakes.Response response = new Fakes.Response();
            policy.doFilter(request.build(), response.build(), (req, res) -> { });
            assertThat(response.headers).doesNotContainKey("Cache-Control");
        }
        Fakes.Response response = new Fakes.Response();
        policy.doFilter(new Fakes.Request().path("/assets/index-D-AbeABi.js", null).build(), response.build(), (req, res) -> { });
        assertThat(response.headers).containsEntry("Cache-Control", "public, max-age=31536000, immutable");
    }
}
