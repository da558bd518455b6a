package io.k8sdashboard.server.plugins;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operations of a plugin's JAX-RS object from its annotations, because plugin classes
 * are invisible to the OpenAPI scanner. Resource methods ({@code @GET} etc., any annotation
 * meta-annotated with {@code @HttpMethod}) become operations; sub-resource locators (a
 * {@code @Path} without an HTTP method) are followed into their declared return type, a few
 * levels deep. A plugin may describe a parameter with MicroProfile OpenAPI's {@code @Parameter}
 * (description, schema pattern, enumeration, lengths), as core resources do.
 */
final class RouteOperations {

    private static final int MAX_DEPTH = 4;
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*(:[^}]*)?}");

    private RouteOperations() {
    }

    static List<RouteOperation> of(MountedRoute route) {
        List<RouteOperation> operations = new ArrayList<>();
        walk(route.pluginId(), route.resource().getClass(), "/api/v1/" + route.segment(), 0, operations);
        operations.sort(Comparator.comparing(RouteOperation::path).thenComparing(RouteOperation::httpMethod));
        return operations;
    }

    private static void walk(String pluginId, Class<?> type, String base, int depth, List<RouteOperation> out) {
        if (depth > MAX_DEPTH || type == Object.class) {
            return;
        }
        Path classPath = type.getAnnotation(Path.class);
        String prefix = classPath == null ? base : join(base, classPath.value());
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = methodPath == null ? prefix : join(prefix, methodPath.value());
            Optional<String> httpMethod = httpMethod(method);
            if (httpMethod.isPresent()) {
                out.add(new RouteOperation(httpMethod.get(), normalize(path), pathParams(path),
                        queryParams(method), pluginId, method.getName(), produces(method), documented(method)));
            } else if (methodPath != null) {
                walk(pluginId, method.getReturnType(), path, depth + 1, out);
            }
        }
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static List<String> pathParams(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> queryParams(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
        }
        return names;
    }

    private static List<String> produces(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null ? List.of() : List.of(produces.value());
    }

    private static Map<String, org.eclipse.microprofile.openapi.annotations.parameters.Parameter> documented(Method method) {
        Map<String, org.eclipse.microprofile.openapi.annotations.parameters.Parameter> docs = new HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            var doc = parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (doc != null && (query != null || path != null)) {
                docs.put(query != null ? query.value() : path.value(), doc);
            }
        }
        return docs;
    }

    /** OpenAPI paths carry bare template names: {@code {path: .+}} becomes {@code {path}}. */
    private static String normalize(String path) {
        return TEMPLATE.matcher(path).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
    }

    private static String join(String base, String more) {
        String trimmed = more.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? base : base + "/" + trimmed;
    }
}
