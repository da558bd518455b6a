package io.k8sdashboard.server.resources;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.readmodel.LabelSelectorMatcher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Filtering and paging of read-model objects in memory.
 *
 * <p>Paging: the continue token ({@code rm1.} + base64url of "namespace\nname") is the key of the
 * last row served; the next page starts at the first object after it in namespace/name order.
 * Unlike an offset it neither skips nor repeats rows when objects are added or removed between
 * pages; unlike the API server's token it does not pin a resourceVersion, so a page reflects the
 * cache when it is asked for (the table's {@code resourceVersion} is {@code null}).
 */
final class CachedListing {

    static final String TOKEN_PREFIX = "rm1.";

    private static final Comparator<GenericKubernetesResource> ORDER = Comparator
            .comparing((GenericKubernetesResource o) -> namespace(o))
            .thenComparing(CachedListing::name);

    private CachedListing() {
    }

    /** The objects in {@code namespaces} ({@code null}: any) matching the selector, in namespace/name order. */
    static List<GenericKubernetesResource> select(List<GenericKubernetesResource> all, Set<String> namespaces, String selector) {
        LabelSelectorMatcher matcher = LabelSelectorMatcher.of(selector);
        return all.stream()
                .filter(o -> namespaces == null || namespaces.contains(namespace(o)))
                .filter(o -> matcher.test(o.getMetadata() == null ? null : o.getMetadata().getLabels()))
                .sorted(ORDER)
                .toList();
    }

    /** One page of already selected and sorted objects, as rows. */
    static ResourceTable page(RegisteredKind kind, List<Column> columns, List<GenericKubernetesResource> sorted, Integer limit,
            String token) {
        int from = 0;
        if (token != null) {
            String[] after = parse(token);
            while (from < sorted.size() && compare(sorted.get(from), after) <= 0) {
                from++;
            }
        }
        int to = limit == null ? sorted.size() : Math.min(sorted.size(), from + limit);
        boolean secret = ResourceService.isSecret(kind.descriptor());
        List<ResourceRow> rows = sorted.subList(from, to).stream()
                .map(item -> KindTable.row(kind, columns, ObjectTrees.toTree(item, secret)))
                .toList();
        String next = to < sorted.size() && to > from ? encode(sorted.get(to - 1)) : null;
        return new ResourceTable(kind.resourceName(), columns.stream().map(ColumnInfo::of).toList(), rows, next, null);
    }

    private static int compare(GenericKubernetesResource object, String[] key) {
        int byNamespace = namespace(object).compareTo(key[0]);
        return byNamespace != 0 ? byNamespace : name(object).compareTo(key[1]);
    }

    static String encode(GenericKubernetesResource last) {
        String plain = namespace(last) + "\n" + name(last);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] parse(String token) {
        String invalid = "not a continue token of this list (start the list again)";
        if (!token.startsWith(TOKEN_PREFIX)) {
            throw new InvalidInputException("continue", invalid);
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("continue", invalid);
        }
        int newline = plain.indexOf('\n');
        if (newline < 0) {
            throw new InvalidInputException("continue", invalid);
        }
        return new String[] {plain.substring(0, newline), plain.substring(newline + 1)};
    }

    private static String namespace(GenericKubernetesResource object) {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getNamespace() == null ? "" : meta.getNamespace();
    }

    private static String name(GenericKubernetesResource object) {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getName() == null ? "" : meta.getName();
    }
}
