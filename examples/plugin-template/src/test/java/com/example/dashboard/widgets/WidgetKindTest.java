package com.example.dashboard.widgets;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.contract.ResourceKindProviderContract;
import java.util.List;
import java.util.Map;

/** The contract every kind provider must meet, run on a widget as the API server returns it. */
class WidgetKindTest extends ResourceKindProviderContract {

    static Map<String, Object> widget(String namespace, String name, String color, int size, String ready) {
        return Map.of(
                "apiVersion", "example.com/v1",
                "kind", "Widget",
                "metadata", Map.of("name", name, "namespace", namespace,
                        "creationTimestamp", "2026-01-01T10:00:00Z", "labels", Map.of("color", color)),
                "spec", Map.of("color", color, "size", size),
                "status", Map.of("conditions", List.of(Map.of("type", "Ready", "status", ready))));
    }

    @Override
    protected ResourceKindProvider provider() {
        return new WidgetKind();
    }

    @Override
    protected Map<String, Object> sample() {
        return widget("shop", "blue-widget", "blue", 3, "True");
    }

    @Override
    protected Map<String, Object> expectedRow() {
        return Map.of("Color", "blue", "Size", 3L, "Ready", "True");
    }
}
