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

    /** A user who may read some namespaces only: limit 1 walks every page boundary, including those between namespaces. */
    @Test
    void pagingOneRowAtATimeOverSomeNamespacesMatchesTheUnpagedListInEveryOrder() {
        index.upsert(pod("c", "web-0", 100, "Running", 0, Map.of("app", "web")));
        List<Set<String>> scopes = List.of(Set.of("a", "b"), Set.of("a-b", "b"), Set.of("a", "a-b", "b"), Set.of("a", "c"),
                Set.of("b", "nowhere"));
        java.util.Arrays.asList(null, "Status", "Restarts").forEach(sort -> {
            for (boolean desc : List.of(false, true)) {
                for (String selector : java.util.Arrays.asList(null, "app=web")) {
                    for (Set<String> scope : scopes) {
                        RowQuery unpaged = query(scope, selector, null, sort, desc, 100, null);
                        RowPage whole = RowQueries.page(index, unpaged);
                        String what = scope + " sort " + sort + " desc " + desc + " selector " + selector;
                        assertThat(whole.rows()).as(what).isNotEmpty();
                        assertThat(allPages(query(scope, selector, null, sort, desc, 1, null))).as(what)
                                .isEqualTo(names(whole));
                    }
                }
            }
        });
    }

    @Test
    void everyPageCountsTheWholeListWhereverTheTokenPoints() {
        RowQuery first = query(Set.of("a", "b"), null, null, null, false, 3, null);
        RowPage page = RowQueries.page(index, first);
        while (page.continueToken() != null) {
            assertThat(page.total()).isEqualTo(10);
            page = RowQueries.page(index, query(Set.of("a", "b"), null, null, null, false, 3, page.continueToken()));
        }
        assertThat(page.total()).isEqualTo(10);
    }

    /** A token naming a row of a namespace the user no longer reads (or never did) resumes after it. */
    @Test
    void aWellFormedTokenOutsideTheAskedNamespacesResumesAfterItsKey() {
        String inAB = token("", false, null, "a-b\0x"); // between a and b
        assertThat(names(RowQueries.page(index, query(Set.of("a", "b"), null, null, null, false, 10, inAB))))
                .containsExactly("b/web-0", "b/web-1", "b/web-2", "b/web-3", "b/web-4");
        String beyond = token("", false, null, "zzz\0x");
        RowPage end = RowQueries.page(index, query(Set.of("a", "b"), null, null, null, false, 10, beyond));
        assertThat(end.rows()).isEmpty();
        assertThat(end.continueToken()).isNull();
        String before = token("", false, null, "0\0x");
        assertThat(names(RowQueries.page(index, query(Set.of("a", "b"), null, null, null, false, 1, before))))
                .containsExactly("a/web-0");
    }

    @Test
    void forgedTokensAreBadInputNamingContinue() {
        List<String> forged = new ArrayList<>(List.of("rm1.", "rm1.bnVsbA", "rm1.W10", "rm1.e30", "rm1.%%%", "rm1.W1wiIiwxXQ",
                token("", false, null, "no-separator"), token("", false, null, ""), token("", false, null, "a\0"),
                token("", false, null, "a\0b\0c")));
        forged.add(encode("[\"\",false,null,42]"));
        forged.add(encode("[\"\",\"false\",null,\"a\\u0000web-1\"]"));
        forged.add(encode("[\"\",false,{\"x\":1},\"a\\u0000web-1\"]"));
        forged.add(encode("[\"\",false,[1],\"a\\u0000web-1\"]"));
        forged.add(encode("[\"\",false,null,\"a\\u0000web-1\",5]"));
        for (String token : forged) {
            assertThatThrownBy(() -> RowQueries.page(index, query(Set.of("a", "b"), null, null, null, false, 2, token)))
                    .as(token).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
        }
    }

    /** Whatever JSON value a token carries for the sort column, it only positions the page: never a 500. */
    @Test
    void aSortValueOfAnyJsonTypeIsOrderedNotCast() {
        for (String sort : List.of("Status", "Restarts")) {
            for (String value : List.of("null", "1", "-1e308", "1e400", "123456789012345678901234567890", "true", "\"Pending\"",
                    "\"\"")) {
                for (boolean desc : List.of(false, true)) {
                    String token = encode("[\"" + sort + "\"," + desc + "," + value + ",\"b\\u0000web-2\"]");
                    RowPage page = RowQueries.page(index, query(Set.of("a", "b"), "app=web", null, sort, desc, 2, token));
                    assertThat(page.rows().size()).as(sort + " " + value).isLessThanOrEqualTo(2);
                    RowPage unfiltered = RowQueries.page(index, query(Set.of("a", "b"), null, null, sort, desc, 2, token));
                    assertThat(unfiltered.rows().size()).as(sort + " " + value).isLessThanOrEqualTo(2);
                }
            }
        }
    }

    private static String token(String column, boolean desc, Object value, String key) {
        return new PageToken(column, desc, value, key).encode();
    }

    private static String encode(String json) {
        return PageToken.PREFIX + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
