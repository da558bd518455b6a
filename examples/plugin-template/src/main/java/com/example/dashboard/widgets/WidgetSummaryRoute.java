package com.example.dashboard.widgets;

import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.RouteContribution;
import org.pf4j.Extension;

/** Mounts {@link WidgetSummaryResource} at {@code /api/v1/widget-summary}. */
@Extension
public class WidgetSummaryRoute implements RouteContribution {

    /** The route's path segment. */
    public static final String SEGMENT = "widget-summary";

    @Override
    public String segment() {
        return SEGMENT;
    }

    @Override
    public Object resource(PluginContext context) {
        return new WidgetSummaryResource(context);
    }
}
