package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** v1/ConfigMap. */
@Extension
public class ConfigMapKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "ConfigMap", "configmaps", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Data", ColumnType.INTEGER, "Number of keys, text and binary.",
                    o -> (long) (size(o.get("data")) + size(o.get("binaryData")))),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("cm"); }
    @Override public String category() { return "Config"; }

    private static int size(Object map) {
        return map instanceof Map<?, ?> m ? m.size() : 0;
    }
}
