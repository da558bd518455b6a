package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.readmodel.KindIndex.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Answers a {@link RowQuery} from a {@link KindIndex}: filter (namespaces, label selector, name
 * substring), sort (namespace/name, or any column) and page, all in memory.
 *
 * <p>In the default order a page is cut while walking the index in key order, from the continue
 * token's key on. Sorted by a column, the matching rows are sorted (by that column, then key) and
 * the page starts after the token's (value, key): a row added or removed between pages moves no
 * other row across a page boundary, unlike offsets.
 */
final class RowQueries {

    private RowQueries() {
    }

    static RowPage page(KindIndex index, RowQuery query) {
        LabelSelectorMatcher selector = LabelSelectorMatcher.of(query.labelSelector());
        Predicate<Entry> matches = matcher(index, query, selector);
        int sortIndex = RowQuery.columnIndex(index.columns(), query.sortColumn());
        PageToken from = query.continueToken() == null ? null : PageToken.parse(query.continueToken(), query.sortColumn(),
                query.descending());
        if (sortIndex < 0 && !query.descending() && selector.requiredValues().isEmpty()) {
            return walkInKeyOrder(index, query, matches, from);
        }
        List<Entry> matched = new ArrayList<>();
        for (Entry entry : candidates(index, query, selector)) {
            if (matches.test(entry)) {
                matched.add(entry);
            }
        }
        Comparator<Entry> order = order(sortIndex, query.descending());
        matched.sort(order);
        int start = 0;
        if (from != null) {
            start = firstAfter(matched, from, sortIndex, query.descending());
        }
        int end = start + Math.min(query.limit(), matched.size() - start);
        List<ResourceRow> rows = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            rows.add(matched.get(i).row());
        }
        String next = end < matched.size() ? token(matched.get(end - 1), sortIndex, query) : null;
        return new RowPage(rows, next, matched.size(), index.lastResourceVersion());
    }

    /** The default order: walk the index (one key range per namespace) and stop counting at the end. */
    private static RowPage walkInKeyOrder(KindIndex index, RowQuery query, Predicate<Entry> matches, PageToken from) {
        List<ResourceRow> rows = new ArrayList<>(Math.min(query.limit(), 1024));
        int total = 0;
        Entry last = null;
        boolean more = false;
        for (NavigableMap<String, Entry> range : ranges(index, query)) {
            NavigableMap<String, Entry> rest = from == null ? range : after(range, from.key());
            for (Entry entry : rest.values()) {
                if (!matches.test(entry)) {
                    continue;
                }
                total++;
                if (rows.size() < query.limit()) {
                    rows.add(entry.row());
                    last = entry;
                } else {
                    more = true;
                }
            }
        }
        String next = more ? token(last, -1, query) : null;
        if (from != null) {
            total += countBefore(index, query, matches, from);
        }
        return new RowPage(rows, next, total, index.lastResourceVersion());
    }

    private static int countBefore(KindIndex index, RowQuery query, Predicate<Entry> matches, PageToken from) {
        int count = 0;
        for (NavigableMap<String, Entry> range : ranges(index, query)) {
            for (Entry entry : upTo(range, from.key()).values()) {
                if (matches.test(entry)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The entries of a range after a key. The key may lie outside the range: a namespace's range
     * is a bounded view, which throws on keys beyond its bounds, and a token's key lies in another
     * namespace's range as soon as a page ends in it.
     */
    private static NavigableMap<String, Entry> after(NavigableMap<String, Entry> range, String key) {
        Map.Entry<String, Entry> first = range.firstEntry();
        if (first == null || key.compareTo(first.getKey()) < 0) {
            return range;
        }
        Map.Entry<String, Entry> last = range.lastEntry();
        if (last == null || key.compareTo(last.getKey()) >= 0) {
            return Collections.emptyNavigableMap();
        }
        return range.tailMap(key, false); // first <= key < last: within the range's bounds
    }

    /** The entries of a range up to and including a key, which may lie outside the range (see {@link #after}). */
    private static NavigableMap<String, Entry> upTo(NavigableMap<String, Entry> range, String key) {
        Map.Entry<String, Entry> first = range.firstEntry();
        if (first == null || key.compareTo(first.getKey()) < 0) {
            return Collections.emptyNavigableMap();
        }
        Map.Entry<String, Entry> last = range.lastEntry();
        if (last == null || key.compareTo(last.getKey()) >= 0) {
            return range;
        }
        return range.headMap(key, true);
    }

    /** The key ranges to walk: one per asked namespace, in order, or the whole index. */
    private static List<NavigableMap<String, Entry>> ranges(KindIndex index, RowQuery query) {
        if (query.namespaces() == null || !index.kind().descriptor().namespaced()) {
            return List.of(index.entries());
        }
        List<NavigableMap<String, Entry>> ranges = new ArrayList<>();
        for (String namespace : new TreeSet<>(query.namespaces())) {
            ranges.add(index.namespace(namespace));
        }
        return ranges;
    }

    /** The entries worth testing: those carrying the rarest exactly required label, or every entry in range. */
    private static Iterable<Entry> candidates(KindIndex index, RowQuery query, LabelSelectorMatcher selector) {
        Set<String> smallest = null;
        for (Map.Entry<String, String> required : selector.requiredValues().entrySet()) {
            Set<String> keys = index.labelled(required.getKey(), required.getValue());
            if (smallest == null || keys.size() < smallest.size()) {
                smallest = keys;
            }
        }
        if (smallest == null) {
            List<Entry> all = new ArrayList<>();
            ranges(index, query).forEach(range -> all.addAll(range.values()));
            return all;
        }
        List<Entry> found = new ArrayList<>(smallest.size());
        for (String key : smallest) {
            Entry entry = index.entries().get(key);
            if (entry != null) {
                found.add(entry);
            }
        }
        return found;
    }

    private static Predicate<Entry> matcher(KindIndex index, RowQuery query, LabelSelectorMatcher selector) {
        Set<String> namespaces = index.kind().descriptor().namespaced() ? query.namespaces() : null;
        String needle = query.nameContains() == null || query.nameContains().isEmpty() ? null
                : query.nameContains().toLowerCase(Locale.ROOT);
        return entry -> {
            ResourceRow row = entry.row();
            return (namespaces == null || namespaces.contains(row.namespace()))
                    && (needle == null || row.name().toLowerCase(Locale.ROOT).contains(needle))
                    && selector.test(row.labels());
        };
    }

    private static Comparator<Entry> order(int sortIndex, boolean descending) {
        Comparator<Entry> byKey = Comparator.comparing(RowQueries::key);
        if (sortIndex < 0) {
            return descending ? byKey.reversed() : byKey;
        }
        Comparator<Entry> byValue = (a, b) -> CellOrder.compare(a.row().cells().get(sortIndex), b.row().cells().get(sortIndex));
        return (descending ? byValue.reversed() : byValue).thenComparing(byKey);
    }

    /** Index of the first entry after the token's position in the sorted list. */
    private static int firstAfter(List<Entry> sorted, PageToken from, int sortIndex, boolean descending) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Entry entry = sorted.get(mid);
            Object value = sortIndex < 0 ? null : entry.row().cells().get(sortIndex);
            int byValue = sortIndex < 0 ? 0 : CellOrder.compare(value, from.value());
            if (descending) {
                byValue = -byValue;
            }
            int cmp = byValue != 0 ? byValue : (sortIndex < 0 && descending ? -1 : 1) * key(entry).compareTo(from.key());
            if (cmp <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String token(Entry last, int sortIndex, RowQuery query) {
        Object value = sortIndex < 0 ? null : last.row().cells().get(sortIndex);
        return new PageToken(query.sortColumn(), query.descending(), value, key(last)).encode();
    }

    private static String key(Entry entry) {
        return KindIndex.key(entry.row().namespace(), entry.row().name());
    }
}
