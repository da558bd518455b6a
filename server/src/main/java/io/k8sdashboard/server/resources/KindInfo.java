package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.kinds.KindTable;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.List;

/**
 * A served kind, as {@code GET /api/v1/resources} lists it.
 *
 * @param resourceName the name to use in URLs ("deployments.apps")
 * @param group API group, "" for core
 * @param version API version
 * @param kind the kind ("Deployment")
 * @param plural resource plural
 * @param namespaced whether objects live in namespaces
 * @param category sidebar group
 * @param shortNames kubectl short names
 * @param columns the table's columns, host columns included
 * @param source "plugin" or "crd"
 * @param actions the plugin actions offered on objects of the kind
 */
public record KindInfo(String resourceName, String group, String version, String kind, String plural, boolean namespaced,
        String category, List<String> shortNames, List<ColumnInfo> columns, String source, List<ActionInfo> actions) {

    public KindInfo {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** The kind as the REST API describes it, without actions. */
    public static KindInfo of(RegisteredKind kind) {
        var d = kind.descriptor();
        return new KindInfo(d.resourceName(), d.group(), d.version(), d.kind(), d.plural(), d.namespaced(), kind.category(),
                kind.shortNames(), KindTable.columns(kind).stream().map(ColumnInfo::of).toList(), kind.source(), List.of());
    }

    /** This kind with the actions offered on it. */
    public KindInfo withActions(List<ActionInfo> offered) {
        return new KindInfo(resourceName, group, version, kind, plural, namespaced, category, shortNames, columns, source, offered);
    }
}
