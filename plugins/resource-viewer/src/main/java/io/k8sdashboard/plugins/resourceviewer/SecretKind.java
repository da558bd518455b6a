package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * v1/Secret, metadata only. The core strips values before a provider sees a Secret, so Data counts
 * keys from whatever is left: {@code data} keys (values null or empty), or a {@code dataKeys} list.
 */
@Extension
public class SecretKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "Secret", "secrets", true);

    private static final List<Column> COLUMNS = List.of(
            Cells.text("Type", "The secret's type (Opaque, kubernetes.io/tls...).", "type"),
            Column.of("Data", ColumnType.INTEGER, "Number of keys.", SecretKind::keys),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public String category() { return "Config"; }

    /** The distinct key names from both shapes, so a core that sends both is not double-counted. */
    static long keys(KubeObject o) {
        Set<String> keys = new HashSet<>(o.strings("dataKeys"));
        if (o.get("data") instanceof Map<?, ?> data) {
            data.keySet().forEach(k -> keys.add(String.valueOf(k)));
        }
        return keys.size();
    }
}
