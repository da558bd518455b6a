package io.k8sdashboard.server.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A generic provider for a CustomResourceDefinition: the version served and stored (else the
 * first served one), with the CRD's additionalPrinterColumns as columns, like {@code kubectl get}.
 * A CRD without printer columns gets the host's Age column only.
 */
public final class CrdKindProvider implements ResourceKindProvider {

    private final KindDescriptor kind;
    private final List<Column> columns;
    private final List<String> shortNames;

    private CrdKindProvider(KindDescriptor kind, List<Column> columns, List<String> shortNames) {
        this.kind = kind;
        this.columns = columns;
        this.shortNames = shortNames;
    }

    /** The provider for a CRD, empty when it serves no version or its names are not valid. */
    public static Optional<CrdKindProvider> from(CustomResourceDefinition crd) {
        try {
            var spec = crd.getSpec();
            Optional<CustomResourceDefinitionVersion> version = spec.getVersions().stream()
                    .filter(v -> Boolean.TRUE.equals(v.getServed()) && Boolean.TRUE.equals(v.getStorage())).findFirst()
                    .or(() -> spec.getVersions().stream().filter(v -> Boolean.TRUE.equals(v.getServed())).findFirst());
            if (version.isEmpty()) {
                return Optional.empty();
            }
            KindDescriptor kind = new KindDescriptor(spec.getGroup(), version.get().getName(), spec.getNames().getKind(),
                    spec.getNames().getPlural(), "Namespaced".equals(spec.getScope()));
            List<CustomResourceColumnDefinition> printer = version.get().getAdditionalPrinterColumns();
            List<Column> columns = printer == null ? List.of() : printer.stream().map(CrdKindProvider::column).toList();
            List<String> shortNames = spec.getNames().getShortNames() == null ? List.of() : List.copyOf(spec.getNames().getShortNames());
            return Optional.of(new CrdKindProvider(kind, columns, shortNames));
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed CRD is skipped, not fatal to the kind list
        }
    }

    private static Column column(CustomResourceColumnDefinition definition) {
        PrinterColumnPath path = PrinterColumnPath.parse(definition.getJsonPath());
        ColumnType type = type(definition.getType());
        String description = definition.getDescription() == null ? definition.getJsonPath() : definition.getDescription();
        int priority = definition.getPriority() == null ? 0 : Math.max(0, definition.getPriority());
        return new Column(definition.getName(), type, priority, description, object -> scalar(path.evaluate(object.tree()), type));
    }

    static ColumnType type(String openApiType) {
        return switch (openApiType == null ? "" : openApiType.toLowerCase(Locale.ROOT)) {
            case "integer" -> ColumnType.INTEGER;
            case "number" -> ColumnType.NUMBER;
            case "boolean" -> ColumnType.BOOLEAN;
            case "date" -> ColumnType.DATE;
            default -> ColumnType.STRING;
        };
    }

    private static Object scalar(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            return Serialization.asJson(value);
        }
        if (type == ColumnType.INTEGER && value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
            return n.longValue(); // one integer type in cells, whatever the JSON parser picked
        }
        if (type == ColumnType.INTEGER && value instanceof String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return value;
    }

    @Override
    public KindDescriptor kind() {
        return kind;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<String> shortNames() {
        return shortNames;
    }

    @Override
    public String category() {
        return "Custom resources";
    }

    @Override
    public Optional<String> status(KubeObject object) {
        return Optional.empty();
    }
}
