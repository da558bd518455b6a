package io.k8sdashboard.server.readmodel;

import static io.k8sdashboard.server.readmodel.Fixtures.PODS;
import static io.k8sdashboard.server.readmodel.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.kinds.ResourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RowQueriesTest {

    private KindIndex index;

    @BeforeEach
    void fill() {
        index = new KindIndex(PODS, null);
        long version = 1;
        for (String ns : List.of("b", "a", "a-b")) {
            for (int i = 0; i < 5; i++) {
                index.upsert(pod(ns, "web-" + i, version++, i % 2 == 0 ? "Running" : "Pending", 4 - i,
                        Map.of("app", i < 3 ? "web" : "db", "tier", "t" + i)));
            }
        }
    }

    private static RowQuery query(Set<String> namespaces, String selector, String name, String sort, boolean desc, int limit, String token) {
        return new RowQuery(namespaces, selector, name, sort, desc, limit, token);
    }

    private static List<String> names(RowPage page) {
        return page.rows().stream().map(r -> r.namespace() + "/" + r.name()).toList();
    }

    /** Every row of a query, page by page. */
    private List<String> allPages(RowQuery first) {
        List<String> seen = new ArrayList<>();
        RowPage page = RowQueries.page(index, first);
        seen.addAll(names(page));
        while (page.continueToken() != null) {
            page = RowQueries.page(index, query(first.namespaces(), first.labelSelector(), first.nameContains(), first.sortColumn(),
                    first.descending(), first.limit(), page.continueToken()));
            seen.addAll(names(page));
        }
        return seen;
    }

    @Test
    void defaultOrderIsNamespaceThenNameAndPagesCoverEveryRowOnce() {
        RowPage first = RowQueries.page(index, query(null, null, null, null, false, 4, null));
        assertThat(names(first)).containsExactly("a/web-0", "a/web-1", "a/web-2", "a/web-3");
        assertThat(first.total()).isEqualTo(15);
        List<String> all = allPages(query(null, null, null, null, false, 4, null));
        assertThat(all).hasSize(15).doesNotHaveDuplicates().startsWith("a/web-0").endsWith("b/web-4");
        assertThat(all.indexOf("a-b/web-0")).isEqualTo(5); // namespace "a" before "a-b"
    }

    @Test
    void namespacesNameAndLabelsFilter() {
        assertThat(names(RowQueries.page(index, query(Set.of("b", "a-b"), "app=db", null, null, false, 100, null))))
                .containsExactly("a-b/web-3", "a-b/web-4", "b/web-3", "b/web-4");
        assertThat(names(RowQueries.page(index, query(Set.of("a"), null, "EB-2", null, false, 100, null))))
                .containsExactly("a/web-2");
        assertThat(names(RowQueries.page(index, query(Set.of("a"), "tier notin (t0,t1,t2)", null, null, false, 100, null))))
                .containsExactly("a/web-3", "a/web-4");
        assertThat(RowQueries.page(index, query(Set.of("nowhere"), null, null, null, false, 100, null)).rows()).isEmpty();
    }

    @Test
    void sortsByAnyColumnWithTheKeyBreakingTies() {
        RowPage byStatus = RowQueries.page(index, query(Set.of("a"), null, null, "status", false, 100, null));
        assertThat(names(byStatus)).containsExactly("a/web-1", "a/web-3", "a/web-0", "a/web-2", "a/web-4");
        RowPage byRestartsDesc = RowQueries.page(index, query(Set.of("a"), null, null, "Restarts", true, 100, null));
        assertThat(names(byRestartsDesc)).containsExactly("a/web-0", "a/web-1", "a/web-2", "a/web-3", "a/web-4");
        RowPage nameDesc = RowQueries.page(index, query(Set.of("a"), null, null, null, true, 2, null));
        assertThat(names(nameDesc)).containsExactly("a/web-4", "a/web-3");
    }

    @Test
    void sortedPagesCoverEveryRowOnceInOrder() {
        for (boolean desc : List.of(false, true)) {
            List<String> all = allPages(query(null, null, null, "Status", desc, 4, null));
            List<String> oneGo = names(RowQueries.page(index, query(null, null, null, "Status", desc, 100, null)));
            assertThat(all).as("descending " + desc).isEqualTo(oneGo).hasSize(15);
        }
        assertThat(allPages(query(null, null, null, null, true, 4, null)))
                .isEqualTo(names(RowQueries.page(index, query(null, null, null, null, true, 100, null))));
    }

    @Test
    void aRowAddedBetweenPagesMovesNoOtherRowAcrossThePageBoundary() {
        RowPage first = RowQueries.page(index, query(Set.of("a"), null, null, "Status", false, 2, null));
        assertThat(names(first)).containsExactly("a/web-1", "a/web-3");
        index.upsert(pod("a", "aaa", 100, "Pending", 0, Map.of())); // sorts before the page boundary
        RowPage second = RowQueries.page(index, query(Set.of("a"), null, null, "Status", false, 10, first.continueToken()));
        assertThat(names(second)).containsExactly("a/web-0", "a/web-2", "a/web-4");
    }

    @Test
    void aTokenOnlyContinuesTheOrderItWasCutIn() {
        RowPage first = RowQueries.page(index, query(null, null, null, "Status", false, 2, null));
        assertThatThrownBy(() -> RowQueries.page(index, query(null, null, null, null, false, 2, first.continueToken())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
        assertThatThrownBy(() -> RowQueries.page(index, query(null, null, null, null, false, 2, "rm1.!!!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
        assertThatThrownBy(() -> RowQueries.page(index, query(null, null, null, null, false, 2, "eyJhbGciOi")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
    }

    @Test
    void anUnknownSortColumnNamesTheField() {
        assertThatThrownBy(() -> RowQueries.page(index, query(null, null, null, "Colour", false, 2, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sort"));
    }

    @Test
    void cellsOfMixedTypesHaveOneOrder() {
        List<Object> cells = new ArrayList<>(java.util.Arrays.asList("b", null, 10, "A", 2.5, true, false));
        cells.sort(CellOrder::compare);
        assertThat(cells).containsExactly(2.5, 10, "A", "b", false, true, null);
    }

    @Test
    void secretsAreHeldWithKeyNamesOnly() {
        KindIndex secrets = new KindIndex(Fixtures.SECRETS, null);
        var secret = pod("a", "db-password", 1, "x", Map.of());
        secret.setKind("Secret");
        secret.setAdditionalProperty("data", new java.util.HashMap<>(Map.of("password", "c2VjcmV0")));
        secrets.upsert(SlimItemStore.slim(secret, true));
        assertThat(io.fabric8.kubernetes.client.utils.Serialization.asJson(secrets.entries().values().iterator().next().object().inflate()))
                .doesNotContain("c2VjcmV0").contains("password");
        ResourceRow row = secrets.get("a", "db-password").orElseThrow().row();
        assertThat(row.name()).isEqualTo("db-password");
    }
}
