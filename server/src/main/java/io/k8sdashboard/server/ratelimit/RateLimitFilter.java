package io.k8sdashboard.server.ratelimit;

import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.ops.RequestPaths;
import io.k8sdashboard.server.ops.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Applies the per-user read and mutation limits to {@code /api}: GET and HEAD take a read token,
 * every other method a mutation token. Runs after the identity filter (it needs the user); a
 * request without a user (refused there) is not counted. Over the limit: 429 problem with
 * {@code Retry-After}. The mutation token a request paid here covers the first mutation attempt
 * it makes ({@link MutationRateLimit}); further ones pay their own.
 */
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<RateLimiter> limiter;

    public RateLimitFilter(Supplier<RateLimiter> limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var identity = CurrentUser.get();
        if (identity.isEmpty() || !RequestPaths.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = bucketOf(request.getMethod());
        RateDecision decision = limiter.get().tryAcquire(identity.get().user().name(), bucket);
        if (!decision.allowed()) {
            refuse(request, response, bucket, decision);
            return;
        }
        if (bucket != Bucket.MUTATIONS) {
            chain.doFilter(request, response);
            return;
        }
        PaidMutation.hold();
        try {
            chain.doFilter(request, response);
        } finally {
            PaidMutation.release();
        }
    }

    static Bucket bucketOf(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? Bucket.READS : Bucket.MUTATIONS;
    }

    /** The 429 problem, naming the limit, with {@code Retry-After} in whole seconds. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, Bucket bucket,
            RateDecision decision) throws IOException {
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ServletProblems.write(request, response, 429, "rate-limited", "Too many requests", detail(bucket, decision));
    }

    /** The problem's detail, also used by the push socket's error message. */
    public static String detail(Bucket bucket, RateDecision decision) {
        return "Over the per-user limit '" + bucket.id() + "' (dashboard.ratelimit." + bucket.id()
                + "-*): retry after " + decision.retryAfterSeconds() + " s";
    }
}
