package io.k8sdashboard.server.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrinterColumnPathTest {

    private static final Map<String, Object> OBJECT = Serialization.unmarshal("""
            metadata: {name: c1, creationTimestamp: '2026-01-02T03:04:05Z'}
            spec: {replicas: 3, paused: false, ratio: 0.5}
            status:
              phase: Ready
              conditions:
              - {type: Issuing, status: 'False'}
              - {type: Ready, status: 'True', reason: Issued}
              addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}]
            """, Map.class);

    private static Object eval(String path) {
        return PrinterColumnPath.parse(path).evaluate(OBJECT);
    }

    @Test
    void simpleFields() {
        assertThat(eval(".status.phase")).isEqualTo("Ready");
        assertThat(eval(".spec.replicas")).isEqualTo(3);
        assertThat(eval(".metadata.creationTimestamp")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(eval("{.spec.paused}")).isEqualTo(false);
    }

    @Test
    void filtersIndexesAndWildcards() {
        assertThat(eval(".status.conditions[?(@.type==\"Ready\")].status")).isEqualTo("True");
        assertThat(eval(".status.conditions[?(@.type=='Ready')].reason")).isEqualTo("Issued");
        assertThat(eval(".status.conditions[0].type")).isEqualTo("Issuing");
        assertThat(eval(".status.conditions[-1].type")).isEqualTo("Ready");
        assertThat(eval(".status.addresses[*].ip")).isEqualTo("10.0.0.1,10.0.0.2");
    }

    @Test
    void missingOrUnsupportedIsEmptyNotAnError() {
        assertThat(eval(".status.nope")).isNull();
        assertThat(eval(".status.conditions[?(@.type==\"Other\")].status")).isNull();
        assertThat(eval(".status.conditions[5].type")).isNull();
        assertThat(eval(".status.conditions[?(@.x>1)].type")).isNull();
    }

    @Test
    void crdBecomesAProviderWithTypedColumnsForTheStorageVersion() {
        CustomResourceDefinition crd = Serialization.unmarshal("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: certificates.cert-manager.io}
                spec:
                  group: cert-manager.io
                  scope: Namespaced
                  names: {plural: certificates, singular: certificate, kind: Certificate, shortNames: [cert, certs]}
                  versions:
                  - name: v1beta1
                    served: true
                    storage: false
                    additionalPrinterColumns: [{name: Old, type: string, jsonPath: .x}]
                  - name: v1
                    served: true
                    storage: true
                    additionalPrinterColumns:
                    - {name: Ready, type: string, jsonPath: '.status.conditions[?(@.type=="Ready")].status'}
                    - {name: Replicas, type: integer, jsonPath: .spec.replicas}
                    - {name: Ratio, type: number, jsonPath: .spec.ratio, priority: 1}
                    - {name: Paused, type: boolean, jsonPath: .spec.paused}
                    - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
                """, CustomResourceDefinition.class);
        CrdKindProvider provider = CrdKindProvider.from(crd).orElseThrow();
        assertThat(provider.kind().version()).isEqualTo("v1");
        assertThat(provider.kind().resourceName()).isEqualTo("certificates.cert-manager.io");
        assertThat(provider.shortNames()).containsExactly("cert", "certs");
        List<Column> columns = provider.columns();
        assertThat(columns).extracting(Column::type).containsExactly(ColumnType.STRING, ColumnType.INTEGER, ColumnType.NUMBER,
                ColumnType.BOOLEAN, ColumnType.DATE);
        assertThat(columns.get(2).priority()).isEqualTo(1);
        KubeObject object = KubeObject.of(OBJECT);
        assertThat(columns).extracting(c -> c.valueOf(object)).containsExactly("True", 3L, 0.5, false, "2026-01-02T03:04:05Z");
        RegisteredKind kind = RegisteredKind.of(provider, RegisteredKind.CRD);
        // The CRD has its own DATE column named Age: the host does not add a second one.
        assertThat(KindTable.columns(kind)).extracting(Column::name)
                .containsExactly("Name", "Namespace", "Ready", "Replicas", "Ratio", "Paused", "Age");
    }

    @Test
    void crdWithoutPrinterColumnsGetsAgeOnly() {
        CustomResourceDefinition crd = Serialization.unmarshal("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: things.example.com}
                spec:
                  group: example.com
                  scope: Cluster
                  names: {plural: things, singular: thing, kind: Thing}
                  versions: [{name: v1alpha1, served: true, storage: true}]
                """, CustomResourceDefinition.class);
        RegisteredKind kind = RegisteredKind.of(CrdKindProvider.from(crd).orElseThrow(), RegisteredKind.CRD);
        assertThat(KindTable.columns(kind)).extracting(Column::name).containsExactly("Name", "Age");
    }
}
