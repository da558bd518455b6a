package io.k8sdashboard.plugins.resourceviewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tricky cells, one case per document of {@code samples/variants/*.yaml}: each document holds an
 * {@code object} and what kubectl shows for it under {@code expect} (column name to text, plus
 * {@code status()} under the key {@code "status()"}).
 */
class ComputedColumnsTest {

    static Stream<Arguments> cases() {
        return Stream.of("pods.yaml", "nodes.yaml", "services.yaml", "jobs.yaml", "workloads.yaml", "others.yaml")
                .flatMap(file -> Samples.loadAll("variants/" + file).stream()
                        .map(doc -> Arguments.of(file + ": " + doc.get("case"), doc)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void showsWhatKubectlShows(String name, Map<String, Object> doc) {
        KubeObject object = KubeObject.of((Map<String, Object>) doc.get("object"));
        ResourceKindProvider provider = ExtensionIndexTest.providers().stream()
                .filter(p -> p.kind().kind().equals(object.kind()) && p.kind().apiVersion().equals(object.string("apiVersion")))
                .findFirst().orElseThrow(() -> new AssertionError("no provider for " + object.kind()));
        List<Column> columns = provider.columns();
        ((Map<String, Object>) doc.get("expect")).forEach((column, expected) -> {
            Object actual = column.equals("status()") ? provider.status(object).orElse(null)
                    : columns.stream().filter(c -> c.name().equals(column)).findFirst()
                            .orElseThrow(() -> new AssertionError("no column " + column)).value().apply(object);
            assertThat(String.valueOf(actual)).as(column).isEqualTo(String.valueOf(expected));
        });
    }
}
