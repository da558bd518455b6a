package io.k8sdashboard.server.kube;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Kubernetes API request classified for metrics: the kubectl-style verb and the resource
 * plural, read from method, path and the {@code watch} parameter. Names and namespaces are left
 * out on purpose: they would make the metric's cardinality unbounded.
 *
 * @param verb get, list, watch, create, update, patch, delete, deletecollection, or other
 * @param resource the resource plural ("pods"), "discovery" for API discovery, "version", or "other"
 */
public record ApiCall(String verb, String resource) {

    /** Classifies a request. */
    public static ApiCall classify(String method, URI uri) {
        List<String> segments = segments(uri.getRawPath());
        String verb = method.toUpperCase(Locale.ROOT);
        if (segments.size() == 1 && segments.get(0).equals("version")) {
            return new ApiCall("get", "version");
        }
        List<String> rest;
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            rest = segments.size() > 2 ? segments.subList(2, segments.size()) : List.of();
        } else if (!segments.isEmpty() && segments.get(0).equals("apis")) {
            rest = segments.size() > 3 ? segments.subList(3, segments.size()) : List.of();
        } else {
            return new ApiCall(verbOf(verb, false, false), "other");
        }
        if (rest.isEmpty()) {
            return new ApiCall("get", "discovery");
        }
        String resource;
        boolean named;
        if (rest.get(0).equals("namespaces") && rest.size() >= 3) {
            resource = rest.get(2);
            named = rest.size() >= 4;
        } else {
            resource = rest.get(0);
            named = rest.size() >= 2;
        }
        return new ApiCall(verbOf(verb, named, isWatch(uri.getRawQuery())), resource);
    }

    private static String verbOf(String method, boolean named, boolean watch) {
        return switch (method) {
            case "GET" -> watch ? "watch" : named ? "get" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> "other";
        };
    }

    private static boolean isWatch(String query) {
        if (query == null) {
            return false;
        }
        for (String param : query.split("&")) {
            if (param.equals("watch=true") || param.equals("watch=1") || param.equals("watch")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> segments(String path) {
        List<String> result = new ArrayList<>();
        if (path == null) {
            return result;
        }
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                result.add(s);
            }
        }
        return result;
    }
}
