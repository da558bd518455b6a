package io.k8sdashboard.server.plugins;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * One HTTP operation of a mounted plugin route, as /openapi shows it.
 *
 * @param httpMethod GET, POST, ...
 * @param path the full path ({@code /api/v1/charts/{name}/versions})
 * @param pathParams names of the path's template parameters, in order
 * @param queryParams names of {@code @QueryParam} parameters
 * @param pluginId the plugin, used as the operation's tag
 * @param javaMethod the Java method's name, for the operation id
 * @param produces the media types of {@code @Produces}, empty when it has none
 * @param documented the MicroProfile OpenAPI {@code @Parameter} a plugin put on a parameter, by name
 */
record RouteOperation(String httpMethod, String path, List<String> pathParams, List<String> queryParams,
        String pluginId, String javaMethod, List<String> produces, Map<String, Parameter> documented) {

    RouteOperation {
        pathParams = List.copyOf(pathParams);
        queryParams = List.copyOf(queryParams);
        produces = List.copyOf(produces);
        documented = Map.copyOf(documented);
    }

    String operationId() {
        return pluginId + "." + javaMethod + "." + httpMethod.toLowerCase(java.util.Locale.ROOT);
    }
}
