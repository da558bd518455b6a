package io.k8sdashboard.plugin.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.TimeSpan;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/**
 * The contract every {@link ResourceKindProvider} must meet. A plugin's test for a kind extends
 * this class and supplies the provider, a realistic sample object and the row values kubectl
 * would print for it:
 *
 * <pre>{@code
 * class PodKindTest extends ResourceKindProviderContract {
 *     protected ResourceKindProvider provider() { return new PodKind(); }
 *     protected Map<String, Object> sample() { return Yaml.load("pod.yaml"); }
 *     protected Map<String, Object> expectedRow() { return Map.of("Ready", "1/1", "Status", "Running"); }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public abstract class ResourceKindProviderContract {

    private static final Set<String> HOST_COLUMNS = Set.of("name", "namespace");

    /**
     * The provider under test.
     *
     * @return a new provider
     * @since 1.0.0
     */
    protected abstract ResourceKindProvider provider();

    /**
     * A realistic object of the kind, as the API server returns it.
     *
     * @return the object's JSON tree
     * @since 1.0.0
     */
    protected abstract Map<String, Object> sample();

    /**
     * Values some columns must show for {@link #sample()}, by column name. Name at least the
     * columns the provider computes (ready counts, statuses), since those are where bugs hide.
     *
     * @return expected values
     * @since 1.0.0
     */
    protected abstract Map<String, Object> expectedRow();

    /** @since 1.0.0 */
    @Test
    void isAnnotatedAsExtension() {
        assertThat(provider().getClass().isAnnotationPresent(Extension.class))
                .as("%s must be annotated @org.pf4j.Extension to be found", provider().getClass().getName())
                .isTrue();
    }

    /** @since 1.0.0 */
    @Test
    void sampleIsOfTheDescribedKind() {
        KindDescriptor kind = provider().kind();
        KubeObject object = KubeObject.of(sample());
        assertThat(object.kind()).isEqualTo(kind.kind());
        assertThat(object.string("apiVersion")).isEqualTo(kind.apiVersion());
        assertThat(object.namespace() != null).as("namespace presence matches namespaced()").isEqualTo(kind.namespaced());
    }

    /** @since 1.0.0 */
    @Test
    void columnNamesAreUniqueAndLeaveNameToTheHost() {
        Set<String> seen = new HashSet<>();
        for (Column column : provider().columns()) {
            assertThat(seen.add(column.name().toLowerCase())).as("duplicate column %s", column.name()).isTrue();
            assertThat(HOST_COLUMNS).as("the host adds %s itself", column.name()).doesNotContain(column.name().toLowerCase());
            assertThat(column.description()).as("description of %s", column.name()).isNotBlank();
        }
    }

    /** @since 1.0.0 */
    @Test
    void columnsReadTheSampleWithTheDeclaredTypes() {
        KubeObject object = KubeObject.of(sample());
        for (Column column : provider().columns()) {
            Object value = column.value().apply(object);
            if (value != null) {
                assertThat(matchesType(column.type(), value))
                        .as("column %s declared %s but gave %s (%s)", column.name(), column.type(), value, value.getClass().getSimpleName())
                        .isTrue();
            }
        }
    }

    /** @since 1.0.0 */
    @Test
    void columnsShowTheExpectedValues() {
        KubeObject object = KubeObject.of(sample());
        Map<String, Object> expected = expectedRow();
        assertThat(expected).as("name the values of at least one column").isNotEmpty();
        List<Column> columns = provider().columns();
        expected.forEach((name, value) -> {
            Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no column named " + name));
            assertThat(column.value().apply(object)).as("column %s", name).isEqualTo(value);
        });
    }

    /** @since 1.0.0 */
    @Test
    void columnsTolerateAnObjectWithOnlyMetadata() {
        KubeObject bare = KubeObject.of(Map.of("apiVersion", provider().kind().apiVersion(),
                "kind", provider().kind().kind(), "metadata", Map.of("name", "bare")));
        for (Column column : provider().columns()) {
            assertThatCode(() -> column.value().apply(bare)).as("column %s on a bare object", column.name())
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> provider().status(bare)).doesNotThrowAnyException();
    }

    private static boolean matchesType(ColumnType type, Object value) {
        return switch (type) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Integer || value instanceof Long;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof String s && parses(s);
            case DURATION -> value instanceof String s && TimeSpan.start(s).isPresent();
        };
    }

    private static boolean parses(String timestamp) {
        try {
            OffsetDateTime.parse(timestamp);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
