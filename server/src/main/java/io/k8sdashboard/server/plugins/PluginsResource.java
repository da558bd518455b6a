package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.server.problem.ApiResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lists the plugins and serves their UI bundles. */
@ApplicationScoped
@Path("v1/plugins")
@Tag(name = "plugins")
public class PluginsResource {

    @Inject
    PluginHost host;

    /** Every plugin found, with its state and what it contributes. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPlugins", summary = "Every plugin found, with its state and what it contributes")
    @APIResponse(responseCode = "200", description = "The plugins, failed ones included")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    public List<PluginReport> list() {
        return host.catalog().reports();
    }

    /** A file of a started plugin's UI bundle, relative to the bundle's directory. */
    @GET
    @Path("{id}/ui/{path: .+}")
    @Operation(operationId = "getPluginUiFile", summary = "A file of a started plugin's UI bundle")
    @APIResponse(responseCode = "200", description = "The file, with its media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    public Response uiFile(
            @Parameter(description = "the plugin's id (one that needs no escaping in a URL path)", example = "resource-viewer",
                    schema = @Schema(type = SchemaType.STRING, pattern = PluginUiFiles.ID_PATTERN, maxLength = PluginUiFiles.MAX_PATH))
            @PathParam("id") String id,
            @Parameter(description = "the file's path inside the bundle: segments of letters, digits, '_', '-' and '.', "
                    + "none starting with '.'", example = "index.js",
                    schema = @Schema(type = SchemaType.STRING, pattern = PluginUiFiles.PATH_PATTERN, maxLength = PluginUiFiles.MAX_PATH))
            @PathParam("path") String path) {
        PluginUi ui = (PluginUiFiles.isServableId(id) ? host.catalog().ui(id) : Optional.<PluginUi>empty())
                .orElseThrow(() -> new NotFoundException("unknown-plugin-ui", "No started plugin with a UI bundle has this id"));
        PluginUiFiles.UiFile file = PluginUiFiles.find(ui, path)
                .orElseThrow(() -> new NotFoundException("unknown-ui-file", "The plugin's UI bundle has no such file"));
        StreamingOutput body = out -> {
            URLConnection connection = file.url().openConnection();
            connection.setUseCaches(false); // a cached JarFile would keep an unloaded plugin's jar open
            try (InputStream in = connection.getInputStream()) {
                in.transferTo(out);
            }
        };
        // no-cache: a replaced plugin jar must not leave browsers on the old bundle.
        return Response.ok(body, file.contentType())
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
