package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** v1/PersistentVolume. */
@Extension
public class PersistentVolumeKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "PersistentVolume", "persistentvolumes", false);

    private static final List<Column> COLUMNS = List.of(
            Cells.text("Capacity", "The volume's storage.", "spec.capacity.storage"),
            Column.of("Access Modes", ColumnType.STRING, "RWO, ROX, RWX, RWOP.", o -> Cells.accessModes(o.strings("spec.accessModes"))),
            Cells.text("Reclaim Policy", "What happens to the volume when its claim is deleted.", "spec.persistentVolumeReclaimPolicy"),
            Column.of("Status", ColumnType.STRING, "Available, Bound, Released, Failed, or Terminating.", PersistentVolumeClaimKind::phase),
            Column.of("Claim", ColumnType.STRING, "The claim bound to the volume, as namespace/name.",
                    o -> o.get("spec.claimRef") == null ? "" : o.string("spec.claimRef.namespace") + "/" + o.string("spec.claimRef.name")),
            Column.of("StorageClass", ColumnType.STRING, "The storage class.", Cells::storageClass),
            Column.of("VolumeAttributesClass", ColumnType.STRING, "The volume attributes class.",
                    o -> PersistentVolumeClaimKind.unset(o.string("spec.volumeAttributesClassName"))),
            Cells.text("Reason", "Why the volume is in this phase.", "status.reason"),
            Cells.age(),
            Column.wide("VolumeMode", ColumnType.STRING, "Filesystem or Block.", o -> PersistentVolumeClaimKind.unset(o.string("spec.volumeMode"))));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("pv"); }
    @Override public String category() { return "Storage"; }
    @Override public Optional<String> status(KubeObject o) { return Optional.ofNullable(PersistentVolumeClaimKind.phase(o)); }
}
