package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KubeObject;
import java.util.List;
import java.util.stream.Collectors;

/** The columns RoleBinding and ClusterRoleBinding share (kubectl's printRoleBinding). */
final class Bindings {

    static final List<Column> COLUMNS = List.of(
            Column.of("Role", ColumnType.STRING, "The bound role, as Kind/name.",
                    o -> o.get("roleRef") == null ? null : o.string("roleRef.kind") + "/" + o.string("roleRef.name")),
            Cells.age(),
            Column.wide("Users", ColumnType.STRING, "Users the binding grants the role to.", o -> subjects(o, "User")),
            Column.wide("Groups", ColumnType.STRING, "Groups the binding grants the role to.", o -> subjects(o, "Group")),
            Column.wide("ServiceAccounts", ColumnType.STRING, "Service accounts, as namespace:name.", o -> subjects(o, "ServiceAccount")));

    private Bindings() {
    }

    private static String subjects(KubeObject binding, String kind) {
        return binding.objects("subjects").stream().filter(s -> kind.equals(s.string("kind")))
                .map(s -> "ServiceAccount".equals(kind) ? nullToEmpty(s.string("namespace")) + ":" + s.string("name") : s.string("name"))
                .collect(Collectors.joining(", "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
