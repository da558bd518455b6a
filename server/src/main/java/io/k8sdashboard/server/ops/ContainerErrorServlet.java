package io.k8sdashboard.server.ops;

import io.k8sdashboard.server.problem.HttpStatusProblem;
import io.k8sdashboard.server.problem.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of every error the container raises outside JAX-RS (web.xml's error-page):
 * a static file that is not there, an uncaught exception, a request it would not route. Under
 * {@code /api} the answer is a problem+json like every other API error; elsewhere a short plain
 * text, never Liberty's HTML page (which names exceptions and servlet internals). Requested
 * directly, it is not there.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

    /** Where web.xml sends errors. */
    public static final String PATH = "/container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        int status = error && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String uri = error && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        // A request the container refused (400 for an encoded '/') is the client's, not a fault to log.
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            LOG.log(Level.SEVERE, "Unhandled error in request " + RequestIds.of(request).orElse("-") + " to " + uri, thrown);
        }
        HttpStatusProblem problem = HttpStatusProblem.of(status, uri, request.getMethod());
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (isApi(uri)) {
            String body = Problems.body(status, problem.type(), problem.title(), problem.detail(), null,
                    new OriginalUri(request, uri));
            write(response, Problems.MEDIA_TYPE, body);
        } else {
            write(response, "text/plain", status + " " + problem.title() + "\n");
        }
    }

    /** Only decides the error's form, so the raw path is enough. */
    static boolean isApi(String uri) {
        return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
    }

    private static void write(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The failed request's own path as the problem's instance, not this error page's. */
    private static final class OriginalUri extends HttpServletRequestWrapper {
        private final String uri;

        OriginalUri(HttpServletRequest request, String uri) {
            super(request);
            this.uri = uri;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }
    }
}
