package io.k8sdashboard.server.testing;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small hand-written fakes of the servlet API (no Mockito): only the methods the filters use
 * answer; anything else throws, so a filter that starts relying on more shows up in tests.
 */
public final class Fakes {

    private Fakes() {
    }

    /** A request being built. */
    public static final class Request {
        public String remoteAddr = "127.0.0.1";
        public String method = "GET";
        public String servletPath = "/api";
        public String pathInfo = "/v1/namespaces";
        public final Map<String, List<String>> headers = new LinkedHashMap<>();
        public final Map<String, Object> attributes = new HashMap<>();

        public Request header(String name, String value) {
            headers.computeIfAbsent(name.toLowerCase(), k -> new ArrayList<>()).add(value);
            return this;
        }

        public Request path(String servletPath, String pathInfo) {
            this.servletPath = servletPath;
            this.pathInfo = pathInfo;
            return this;
        }

        public Request from(String remoteAddr) {
            this.remoteAddr = remoteAddr;
            return this;
        }

        public HttpServletRequest build() {
            return (HttpServletRequest) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getRemoteAddr" -> remoteAddr;
                        case "getMethod" -> method;
                        case "getServletPath" -> servletPath;
                        case "getPathInfo" -> pathInfo;
                        case "getRequestURI" -> servletPath + (pathInfo == null ? "" : pathInfo);
                        case "getHeaders" -> Collections.enumeration(
                                headers.getOrDefault(((String) args[0]).toLowerCase(), List.of()));
                        case "getHeader" -> {
                            List<String> v = headers.get(((String) args[0]).toLowerCase());
                            yield v == null ? null : v.get(0);
                        }
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> {
                            attributes.put((String) args[0], args[1]);
                            yield null;
                        }
                        case "toString" -> "FakeRequest";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    /** A response that records what was written. */
    public static final class Response {
        public int status = 200;
        public String contentType;
        public final Map<String, String> headers = new HashMap<>();
        public final ByteArrayOutputStream body = new ByteArrayOutputStream();

        public String bodyText() {
            return body.toString(StandardCharsets.UTF_8);
        }

        public HttpServletResponse build() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "resetBuffer", "setCharacterEncoding", "setContentLength" -> null;
                        case "toString" -> "FakeResponse";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
