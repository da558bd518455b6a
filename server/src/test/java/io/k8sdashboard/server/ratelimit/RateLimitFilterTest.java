package io.k8sdashboard.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.testing.Fakes;
import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitFilterTest {

    /** The clock stands still: only the burst is ever served. */
    private final LocalTokenBuckets buckets = new LocalTokenBuckets(() -> 0L);
    private final List<Bucket> refusals = new ArrayList<>();
    private final RateLimiter limiter = new RateLimiter(
            bucket -> bucket == Bucket.READS ? new Limit(0.5, 2) : new Limit(0.25, 1),
            buckets, null, operation -> { }, refusals::add);
    private final RateLimitFilter filter = new RateLimitFilter(() -> limiter);
    private int passed;
    private final FilterChain chain = (req, res) -> passed++;

    @AfterEach
    void unbind() {
        CurrentUser.clear();
    }

    private Fakes.Response send(String user, String method) throws Exception {
        CurrentUser.bind(new RequestIdentity(new UserIdentity(user, null, List.of()), true));
        Fakes.Request request = new Fakes.Request();
        request.method = method;
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(request.build(), response.build(), chain);
        return response;
    }

    @Test
    void readsOverTheLimitGet429ProblemWithRetryAfter() throws Exception {
        assertThat(send("alice", "GET").status).isEqualTo(200);
        assertThat(send("alice", "HEAD").status).isEqualTo(200);
        Fakes.Response refused = send("alice", "GET");
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.contentType).isEqualTo("application/problem+json");
        assertThat(refused.headers).containsEntry("Retry-After", "2");
        assertThat(refused.bodyText()).contains("problems/rate-limited").contains("'reads'");
        assertThat(passed).isEqualTo(2);
        assertThat(refusals).containsExactly(Bucket.READS);
        assertThat(send("bob", "GET").status).as("bob has his own bucket").isEqualTo(200);
    }

    @Test
    void otherMethodsTakeMutationTokens() throws Exception {
        assertThat(send("alice", "POST").status).isEqualTo(200);
        Fakes.Response refused = send("alice", "DELETE");
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.headers).containsEntry("Retry-After", "4");
        assertThat(refused.bodyText()).contains("'mutations'");
        assertThat(send("alice", "GET").status).as("reads are a separate bucket").isEqualTo(200);
    }

    @Test
    void requestsWithoutAUserOrOutsideTheApiAreNotCounted() throws Exception {
        Fakes.Response response = new Fakes.Response();
        for (int i = 0; i < 10; i++) {
            filter.doFilter(new Fakes.Request().build(), response.build(), chain);
        }
        assertThat(response.status).isEqualTo(200);
        CurrentUser.bind(new RequestIdentity(new UserIdentity("alice", null, List.of()), true));
        for (int i = 0; i < 10; i++) {
            filter.doFilter(new Fakes.Request().path("/index.html", null).build(), response.build(), chain);
        }
        assertThat(response.status).isEqualTo(200);
        assertThat(passed).isEqualTo(20);
    }
}
