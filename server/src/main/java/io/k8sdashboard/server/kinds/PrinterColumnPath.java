package io.k8sdashboard.server.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Kubernetes JSONPath that CRD additionalPrinterColumns use in practice:
 * {@code .a.b}, {@code .a[0].b}, {@code .a[*].b} and a filter {@code .a[?(@.type=="Ready")].b}.
 * Like kubectl, a path that selects several values shows them comma-separated; anything
 * unsupported or missing reads as {@code null} (an empty cell), never an error.
 */
public final class PrinterColumnPath {

    private static final Pattern FILTER = Pattern.compile("\\?\\(@\\.([A-Za-z0-9_.-]+)\\s*==\\s*[\"']([^\"']*)[\"']\\)");

    private final List<String> steps;

    private PrinterColumnPath(List<String> steps) {
        this.steps = steps;
    }

    /** Parses a jsonPath such as {@code .status.phase}; braces ({@code {.x}}) are accepted too. */
    public static PrinterColumnPath parse(String jsonPath) {
        String path = jsonPath.trim();
        if (path.startsWith("{") && path.endsWith("}")) {
            path = path.substring(1, path.length() - 1);
        }
        if (path.startsWith("$")) {
            path = path.substring(1);
        }
        List<String> steps = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (c == '[' && path.startsWith("[?(", i)) {
                    close = path.indexOf(")]", i) + 1;
                }
                if (close <= i) {
                    steps.add("[invalid]");
                    break;
                }
                steps.add(path.substring(i, close + 1));
                i = close + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                steps.add(path.substring(i, end));
                i = end;
            }
        }
        return new PrinterColumnPath(steps);
    }

    /** Evaluates against an object's JSON tree. */
    public Object evaluate(Map<String, Object> tree) {
        List<Object> current = new ArrayList<>(List.of(tree));
        for (String step : steps) {
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                apply(step, value, next);
            }
            current = next;
        }
        if (current.isEmpty()) {
            return null;
        }
        if (current.size() == 1) {
            return current.get(0);
        }
        return String.join(",", current.stream().map(String::valueOf).toList());
    }

    private static void apply(String step, Object value, List<Object> out) {
        if (!step.startsWith("[")) {
            if (value instanceof Map<?, ?> map && map.get(step) != null) {
                out.add(map.get(step));
            }
            return;
        }
        if (!(value instanceof List<?> list)) {
            return;
        }
        String inner = step.substring(1, step.length() - 1);
        if (inner.equals("*")) {
            list.stream().filter(v -> v != null).forEach(out::add);
            return;
        }
        Matcher filter = FILTER.matcher(inner);
        if (filter.matches()) {
            for (Object element : list) {
                Object field = element;
                for (String part : filter.group(1).split("\\.")) {
                    field = field instanceof Map<?, ?> m ? m.get(part) : null;
                }
                if (field != null && String.valueOf(field).equals(filter.group(2))) {
                    out.add(element);
                }
            }
            return;
        }
        try {
            int index = Integer.parseInt(inner.trim());
            int at = index < 0 ? list.size() + index : index;
            if (at >= 0 && at < list.size() && list.get(at) != null) {
                out.add(list.get(at));
            }
        } catch (NumberFormatException e) {
            // unsupported expression: empty cell
        }
    }
}
