package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a browser gets besides the data: security headers, cache policies, compression and media
 * types of the UI's files, no CORS, no HTTP session, and a /health that does not name the API server.
 */
public class BrowserSecurityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    private static HttpResponse<byte[]> fetch(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Dashboard.BASE.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String indexHtml() {
        return new String(fetch("/", Map.of()).body());
    }

    private static String asset(String text, String extension) {
        Matcher m = Pattern.compile("/assets/[A-Za-z0-9._-]+\\." + extension).matcher(text);
        assertThat(m.find()).as("an /assets/*.%s in %s", extension, text.length() > 400 ? text.substring(0, 400) : text).isTrue();
        return m.group();
    }

    @Test
    void thePageForbidsInlineScriptFramingAndSniffing() {
        HttpResponse<byte[]> page = fetch("/", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);

        String csp = header(page, "Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(csp.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        // The built page has no inline script for the policy to forbid: every script is a file.
        assertThat(new String(page.body())).containsPattern("<script[^>]+src=\"/assets/")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void indexHtmlIsRevalidatedAndHashedAssetsAreKeptAYear() {
        assertThat(header(fetch("/", Map.of()), "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(fetch("/index.html", Map.of()), "Cache-Control")).isEqualTo("no-cache");
        HttpResponse<byte[]> script = fetch(asset(indexHtml(), "js"), Map.of());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(header(script, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(fetch("/assets/index-NOSUCHHASH.js", Map.of()), "Cache-Control")).isNotEqualTo(
                "public, max-age=31536000, immutable");
    }

    @Test
    void theBundleIsSentGzipped() throws IOException {
        String path = asset(indexHtml(), "js");
        HttpResponse<byte[]> plain = fetch(path, Map.of());
        HttpResponse<byte[]> gzipped = fetch(path, Map.of("Accept-Encoding", "gzip"));

        assertThat(header(plain, "Content-Type")).startsWith("text/javascript");
        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.body().length).as("compressed size").isLessThan(plain.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void fontsAreServedWithTheirMediaType() {
        String css = new String(fetch(asset(indexHtml(), "css"), Map.of()).body());
        HttpResponse<byte[]> font = fetch(asset(css, "woff2"), Map.of());
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(header(font, "Content-Type")).isEqualTo("font/woff2");
    }

    @Test
    void apiAnswersAreNotStored() {
        assertThat(Dashboard.get("/api/v1/cluster").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Dashboard.get("/api/v1/resources/pods?namespace=shop").headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> notFound = Dashboard.get("/api/v1/resources/nosuchkind");
        assertThat(notFound.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> refused = Dashboard.get("/api/v1/cluster", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void noOriginGetsCorsHeadersFromMetricsOrTheApi() {
        Map<String, String> evil = Map.of("Origin", "https://evil.example");
        for (String path : new String[] {"/metrics", "/health/ready", "/api/v1/cluster", "/"}) {
            HttpResponse<byte[]> response = fetch(path, evil);
            assertThat(response.headers().map().keySet()).as(path)
                    .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        }
    }

    @Test
    void healthDoesNotNameTheApiServer() {
        String health = new String(fetch("/health/ready", Map.of()).body());
        assertThat(health).contains("kubernetes-api");
        String port = String.valueOf(Integer.getInteger("it.k8s.port", 18089));
        assertThat(health).doesNotContain(port).doesNotContain("http://");
    }

    @Test
    void neitherTheApiNorTheWebSocketCreatesAnHttpSession() {
        Map<String, String> headers = Dashboard.upgradeHeaders();
        headers.putAll(Dashboard.proxyHeaders("alice", "team-a"));
        headers.put("Origin", Dashboard.BASE.toString().replaceAll("/$", ""));
        String upgrade = Dashboard.rawHead(Dashboard.BASE.getHost() + ":" + Dashboard.BASE.getPort(), "/ws", headers);
        assertThat(upgrade).startsWith("HTTP/1.1 101");
        assertThat(upgrade).doesNotContainIgnoringCase("Set-Cookie");

        for (String path : new String[] {"/api/v1/cluster", "/api/v1/resources/pods?namespace=shop", "/"}) {
            assertThat(Dashboard.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }
}
