package io.k8sdashboard.server.plugins;

import io.k8sdashboard.server.problem.ApiResponses;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Adds mounted plugin routes to /openapi (registered as {@code mp.openapi.filter}). The OpenAPI
 * runtime creates this class itself, outside CDI, and may do so before the CDI Startup event, so
 * it looks the host up through {@link CDI#current()} and makes sure plugins are loaded.
 */
public class PluginRoutesOasFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(PluginRoutesOasFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PluginHost host;
        try {
            host = CDI.current().select(PluginHost.class).get();
            host.ensureLoaded();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin routes are missing from /openapi: plugin host unavailable", e);
            return;
        }
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        Paths paths = openAPI.getPaths();
        for (MountedRoute route : host.catalog().routes().values()) {
            List<RouteOperation> operations = RouteOperations.of(route);
            for (RouteOperation op : operations) {
                PathItem item = paths.getPathItem(op.path());
                if (item == null) {
                    item = OASFactory.createPathItem();
                    paths.addPathItem(op.path(), item);
                }
                item.setOperation(PathItem.HttpMethod.valueOf(op.httpMethod()), operation(op));
            }
            if (!operations.isEmpty()) {
                openAPI.addTag(OASFactory.createTag().name(route.pluginId())
                        .description("Routes of plugin " + route.pluginId()));
            }
        }
    }

    /** The problems the host itself answers on any plugin route, by their names in components. */
    private static final Map<String, String> HOST_PROBLEMS = Map.of(
            "400", ApiResponses.BAD_REQUEST, "401", ApiResponses.UNAUTHENTICATED, "403", ApiResponses.FORBIDDEN,
            "404", ApiResponses.NOT_FOUND, "406", ApiResponses.NOT_ACCEPTABLE, "500", ApiResponses.INTERNAL_ERROR,
            "502", ApiResponses.BAD_GATEWAY, "503", ApiResponses.UNAVAILABLE);

    private static Operation operation(RouteOperation op) {
        APIResponse ok = OASFactory.createAPIResponse().description("Success");
        if (!op.produces().isEmpty()) {
            Content content = OASFactory.createContent();
            op.produces().forEach(type -> content.addMediaType(type, OASFactory.createMediaType()));
            ok.content(content);
        }
        APIResponses responses = OASFactory.createAPIResponses().addAPIResponse("200", ok);
        new TreeMap<>(HOST_PROBLEMS).forEach((code, name) ->
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name)));
        // A plugin may raise problems of its own status: the host cannot list them.
        responses.addAPIResponse("default", OASFactory.createAPIResponse()
                .description("Another problem raised by the plugin")
                .content(OASFactory.createContent().addMediaType(ApiResponses.PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        Operation operation = OASFactory.createOperation()
                .operationId(op.operationId())
                .summary(op.httpMethod() + " " + op.path() + " (plugin " + op.pluginId() + ")")
                .addTag(op.pluginId())
                .responses(responses);
        for (String name : op.pathParams()) {
            operation.addParameter(parameter(name, Parameter.In.PATH, true, op.documented().get(name)));
        }
        for (String name : op.queryParams()) {
            operation.addParameter(parameter(name, Parameter.In.QUERY, false, op.documented().get(name)));
        }
        return operation;
    }

    /** A string parameter, with what the plugin's {@code @Parameter} says about it, if anything. */
    private static Parameter parameter(String name, Parameter.In in, boolean required,
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter doc) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Parameter parameter = OASFactory.createParameter().name(name).in(in).required(required).schema(schema);
        if (doc == null) {
            return parameter;
        }
        if (!doc.description().isEmpty()) {
            parameter.description(doc.description());
        }
        if (!doc.example().isEmpty()) {
            parameter.example(doc.example());
        }
        var declared = doc.schema();
        if (!declared.pattern().isEmpty()) {
            schema.pattern(declared.pattern());
        }
        if (declared.maxLength() != Integer.MAX_VALUE) {
            schema.maxLength(declared.maxLength());
        }
        if (declared.minLength() != 0) {
            schema.minLength(declared.minLength());
        }
        if (declared.enumeration().length > 0) {
            schema.enumeration(List.of((Object[]) declared.enumeration()));
        }
        return parameter;
    }
}
