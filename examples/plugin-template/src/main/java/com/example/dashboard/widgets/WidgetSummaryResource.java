package com.example.dashboard.widgets;

import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.PluginContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/widget-summary?namespace=}: the widgets the signed-in user may read, counted
 * by color. An ordinary Jakarta REST resource, mounted by the dashboard as a sub-resource (so no
 * class-level {@code @Path}); it reads the cluster only through the context's reader, which acts
 * as the user of the request.
 */
public class WidgetSummaryResource {

    private final PluginContext context;

    WidgetSummaryResource(PluginContext context) {
        this.context = context;
    }

    /**
     * Counts the widgets by color.
     *
     * @param namespace the namespace, or absent for every namespace the user may read
     * @return {"plugin", "title" (setting {@code dashboard.plugin.widget-plugin.title}), "user",
     *         "namespace", "total", "byColor": {color: count}}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> summary(@QueryParam("namespace") String namespace) {
        List<KubeObject> widgets = context.reader().list(WidgetKind.KIND.resourceName(), namespace, null);
        Map<String, Integer> byColor = new TreeMap<>();
        for (KubeObject widget : widgets) {
            String color = widget.string("spec.color");
            byColor.merge(color == null ? "none" : color, 1, Integer::sum);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plugin", context.pluginId());
        body.put("title", context.settings().get("title", "Widgets"));
        body.put("user", context.currentUser().name());
        body.put("namespace", namespace);
        body.put("total", widgets.size());
        body.put("byColor", byColor);
        return body;
    }
}
