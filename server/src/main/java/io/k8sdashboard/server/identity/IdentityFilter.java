package io.k8sdashboard.server.identity;

import io.k8sdashboard.server.identity.IdentityDecision.Accepted;
import io.k8sdashboard.server.identity.IdentityDecision.Refused;
import io.k8sdashboard.server.ops.RequestPaths;
import io.k8sdashboard.server.ops.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Binds the user of every {@code /api} and {@code /ws} request to {@link CurrentUser} (and the
 * request attribute {@value #USER_ATTRIBUTE}, for the access log), or answers 400/401/403 with a
 * problem. Everything else (the UI's static files) passes without a user.
 *
 * <p>Registered by {@link io.k8sdashboard.server.ops.RequestFiltersListener} after the request-id
 * filter rather than with {@code @WebFilter}: annotated filters have no defined order.
 */
public class IdentityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute with the user name, set once the request is identified. */
    public static final String USER_ATTRIBUTE = "k8sdashboard.user";

    private final transient Supplier<IdentityResolver> resolver;

    public IdentityFilter(Supplier<IdentityResolver> resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!needsUser(request)) {
            chain.doFilter(request, response);
            return;
        }
        IdentityDecision decision = resolver.get().resolve(request.getRemoteAddr(), name -> headers(request, name));
        if (decision instanceof Refused refused) {
            ServletProblems.write(request, response, refused.status(), refused.problemType(), refused.title(),
                    refused.detail());
            return;
        }
        CurrentUser.RequestIdentity identity = ((Accepted) decision).identity();
        request.setAttribute(USER_ATTRIBUTE, identity.user().name());
        CurrentUser.bind(identity);
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.clear();
        }
    }

    /** The API and the push socket; see {@link RequestPaths} for why the decoded path counts. */
    static boolean needsUser(HttpServletRequest request) {
        return RequestPaths.isApi(request) || RequestPaths.isSocket(request);
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        var values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }
}
