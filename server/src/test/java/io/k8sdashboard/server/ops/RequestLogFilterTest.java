package io.k8sdashboard.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.identity.IdentityFilter;
import io.k8sdashboard.server.testing.Fakes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLogFilterTest {

    private final List<String> lines = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();
    private final Logger access = Logger.getLogger(RequestLogFilter.ACCESS_LOGGER);
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ApiRequestMetrics metrics = new ApiRequestMetrics() {
        @Override
        public void record(String method, int status, Duration duration) {
            recorded.add(methodTag(method) + " " + statusClass(status) + " " + duration.toMillis());
        }
    };
    private final AtomicLong clock = new AtomicLong();
    private final RequestLogFilter filter = new RequestLogFilter(metrics, clock::get);

    @BeforeEach
    void capture() {
        access.addHandler(handler);
    }

    @AfterEach
    void release() {
        access.removeHandler(handler);
    }

    @Test
    void apiRequestGetsIdHeaderAndOneJsonAccessLine() throws Exception {
        Fakes.Request request = new Fakes.Request().path("/api", "/v1/resources/pods");
        Fakes.Response response = new Fakes.Response();

        filter.doFilter(request.build(), response.build(), (req, res) -> {
            req.setAttribute(IdentityFilter.USER_ATTRIBUTE, "alice");
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(404);
            clock.addAndGet(Duration.ofMillis(42).toNanos());
        });

        String id = response.headers.get("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(request.attributes).containsEntry(RequestIds.ATTRIBUTE, id);
        assertThat(lines).containsExactly("{\"type\":\"access\",\"requestId\":\"" + id
                + "\",\"user\":\"alice\",\"method\":\"GET\",\"path\":\"/api/v1/resources/pods\",\"status\":404,\"durationMs\":42}");
        assertThat(recorded).containsExactly("GET 4xx 42");
    }

    @Test
    void safeIncomingRequestIdIsKeptUnsafeOneReplaced() throws Exception {
        Fakes.Response kept = new Fakes.Response();
        filter.doFilter(new Fakes.Request().header("X-Request-Id", "abc-123.X_y").build(), kept.build(), (q, s) -> { });
        assertThat(kept.headers.get("X-Request-Id")).isEqualTo("abc-123.X_y");

        Fakes.Response replaced = new Fakes.Response();
        filter.doFilter(new Fakes.Request().header("X-Request-Id", "evil\"}\n{\"x").build(), replaced.build(),
                (q, s) -> { });
        assertThat(replaced.headers.get("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void staticFilesGetAnIdButNoAccessLine() throws Exception {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(new Fakes.Request().path("/index.html", null).build(), response.build(), (q, s) -> { });
        assertThat(response.headers).containsKey("X-Request-Id");
        assertThat(lines).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void accessLineEscapesWhatClientsControl() {
        String line = RequestLogFilter.accessLine("id", null, "GET", "/api/v1/x\"y\n", 200, Duration.ZERO);
        assertThat(line).contains("\"user\":null").contains("\"path\":\"/api/v1/x\\\"y\\n\"");
    }

    @Test
    void metricTagsAreBounded() {
        assertThat(ApiRequestMetrics.methodTag("PROPFIND")).isEqualTo("OTHER");
        assertThat(ApiRequestMetrics.methodTag("get")).isEqualTo("GET");
        assertThat(ApiRequestMetrics.statusClass(503)).isEqualTo("5xx");
        assertThat(ApiRequestMetrics.statusClass(999)).isEqualTo("other");
    }
}
