package io.k8sdashboard.server.plugins;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
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

    private static Operation operation(RouteOperation op) {
        Operation operation = OASFactory.createOperation()
                .operationId(op.operationId())
                .summary(op.httpMethod() + " " + op.path() + " (plugin " + op.pluginId() + ")")
                .addTag(op.pluginId())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Success"))
                        .addAPIResponse("default", OASFactory.createAPIResponse()
                                .description("A problem (application/problem+json)")));
        for (String name : op.pathParams()) {
            operation.addParameter(parameter(name, Parameter.In.PATH, true));
        }
        for (String name : op.queryParams()) {
            operation.addParameter(parameter(name, Parameter.In.QUERY, false));
        }
        return operation;
    }

    private static Parameter parameter(String name, Parameter.In in, boolean required) {
        return OASFactory.createParameter().name(name).in(in).required(required)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
