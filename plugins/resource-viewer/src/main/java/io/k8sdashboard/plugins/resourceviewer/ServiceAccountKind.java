package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import org.pf4j.Extension;

/** v1/ServiceAccount. */
@Extension
public class ServiceAccountKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "ServiceAccount", "serviceaccounts", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Secrets", ColumnType.INTEGER, "Number of secrets listed on the account.", o -> (long) o.objects("secrets").size()),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("sa"); }
    @Override public String category() { return "Access control"; }
}
