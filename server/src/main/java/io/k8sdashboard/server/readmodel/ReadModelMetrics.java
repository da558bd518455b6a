package io.k8sdashboard.server.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The read model's size as the gauges {@code dashboard_readmodel_objects{kind}} (objects held per
 * watched kind, -1 once the kind is no longer watched) and {@code dashboard_readmodel_object_bytes{kind}}
 * (their compacted bytes). Registered once per kind and read through
 * the model, so a watch restarted after idling keeps reporting under the same gauge.
 */
@ApplicationScoped
public class ReadModelMetrics {

    static final String OBJECTS = "dashboard_readmodel_objects";

    static final String OBJECT_BYTES = "dashboard_readmodel_object_bytes";

    private static final Metadata METADATA = Metadata.builder()
            .withName(OBJECTS)
            .withDescription("Objects held in memory by the read model, by kind (-1: not watched now)")
            .build();
    private static final Metadata BYTES = Metadata.builder()
            .withName(OBJECT_BYTES)
            .withDescription("Bytes of the compacted objects the read model holds, by kind (rows and indexes come on top)")
            .build();

    @Inject
    MetricRegistry registry;

    /** Reports a kind's size (objects, and bytes of compacted objects) from now on. */
    void watching(String kind, ReadModel model, ToIntFunction<String> size, java.util.function.ToLongFunction<String> bytes) {
        registry.gauge(METADATA, model, m -> size.applyAsInt(kind), new Tag("kind", kind));
        registry.gauge(BYTES, model, m -> bytes.applyAsLong(kind), new Tag("kind", kind));
    }
}
