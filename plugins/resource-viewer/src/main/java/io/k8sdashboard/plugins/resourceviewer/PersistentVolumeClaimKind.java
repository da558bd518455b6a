package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** v1/PersistentVolumeClaim. Capacity and access modes are those of the bound volume, empty until bound. */
@Extension
public class PersistentVolumeClaimKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Status", ColumnType.STRING, "Pending, Bound, Lost, or Terminating.", PersistentVolumeClaimKind::phase),
            Cells.text("Volume", "The bound volume.", "spec.volumeName"),
            Column.of("Capacity", ColumnType.STRING, "Storage of the bound volume.",
                    o -> bound(o) ? o.string("status.capacity.storage") : ""),
            Column.of("Access Modes", ColumnType.STRING, "RWO, ROX, RWX, RWOP.",
                    o -> bound(o) ? Cells.accessModes(o.strings("status.accessModes")) : ""),
            Column.of("StorageClass", ColumnType.STRING, "The storage class.", Cells::storageClass),
            Column.of("VolumeAttributesClass", ColumnType.STRING, "The volume attributes class.",
                    o -> unset(o.string("spec.volumeAttributesClassName"))),
            Cells.age(),
            Column.wide("VolumeMode", ColumnType.STRING, "Filesystem or Block.", o -> unset(o.string("spec.volumeMode"))));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("pvc"); }
    @Override public String category() { return "Storage"; }
    @Override public Optional<String> status(KubeObject o) { return Optional.ofNullable(phase(o)); }

    static String phase(KubeObject o) {
        return o.get("metadata.deletionTimestamp") != null ? "Terminating" : o.string("status.phase");
    }

    static String unset(String value) {
        return value == null || value.isEmpty() ? "<unset>" : value;
    }

    private static boolean bound(KubeObject o) {
        String volume = o.string("spec.volumeName");
        return volume != null && !volume.isEmpty();
    }
}
