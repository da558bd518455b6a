package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.NotFoundException;
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

/** Lists the plugins and serves their UI bundles. */
@ApplicationScoped
@Path("v1/plugins")
public class PluginsResource {

    @Inject
    PluginHost host;

    /** Every plugin found, with its state and what it contributes. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PluginReport> list() {
        return host.catalog().reports();
    }

    /** A file of a started plugin's UI bundle, relative to the bundle's directory. */
    @GET
    @Path("{id}/ui/{path: .+}")
    public Response uiFile(@PathParam("id") String id, @PathParam("path") String path) {
        PluginUi ui = host.catalog().ui(id)
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
