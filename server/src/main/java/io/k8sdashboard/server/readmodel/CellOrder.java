package io.k8sdashboard.server.readmodel;

/**
 * The ascending order of table cells when sorting by a column: numbers by value, text
 * case-insensitively first (so "b" follows "A"), false before true, empty cells last. Cells of
 * different types (a provider returning a number for some rows and text for others) order
 * numbers, then text, then booleans. A descending sort reverses the whole order.
 */
final class CellOrder {

    private CellOrder() {
    }

    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0) {
            return rank;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        String x = a.toString();
        String y = b.toString();
        int ignoringCase = String.CASE_INSENSITIVE_ORDER.compare(x, y);
        return ignoringCase != 0 ? ignoringCase : x.compareTo(y);
    }

    private static int rank(Object value) {
        if (value instanceof Number) {
            return 0;
        }
        return value instanceof Boolean ? 2 : 1;
    }
}
