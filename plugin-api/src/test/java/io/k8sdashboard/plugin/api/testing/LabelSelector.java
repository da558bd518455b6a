package io.k8sdashboard.plugin.api.testing;

import io.k8sdashboard.plugin.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes label selectors ({@code app=web,tier!=db,env in (dev,prod),!legacy}) for the fake
 * reader: the equality-based and set-based forms the API server accepts.
 */
final class LabelSelector {

    private static final String KEY = "[A-Za-z0-9][-A-Za-z0-9_./]*";
    private static final String VALUE = "[-A-Za-z0-9_.]*";
    private static final Pattern EXISTS = Pattern.compile("(!?)\\s*(" + KEY + ")");
    private static final Pattern EQUALITY = Pattern.compile("(" + KEY + ")\\s*(==|=|!=)\\s*(" + VALUE + ")");
    private static final Pattern SET = Pattern.compile("(" + KEY + ")\\s+(in|notin)\\s*\\(([^()]*)\\)");

    private final List<Predicate<Map<String, String>>> requirements;

    private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
        this.requirements = requirements;
    }

    /** Parses a selector; {@code null} or blank selects everything. */
    static LabelSelector parse(String selector) {
        List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
        if (selector != null && !selector.isBlank()) {
            for (String term : split(selector)) {
                requirements.add(requirement(selector, term.trim()));
            }
        }
        return new LabelSelector(requirements);
    }

    boolean matches(Map<String, String> labels) {
        return requirements.stream().allMatch(r -> r.test(labels));
    }

    private static Predicate<Map<String, String>> requirement(String selector, String term) {
        Matcher m = SET.matcher(term);
        if (m.matches()) {
            String key = m.group(1);
            Set<String> values = Set.copyOf(List.of(m.group(3).trim().split("\\s*,\\s*")));
            return "in".equals(m.group(2))
                    ? labels -> values.contains(labels.get(key))
                    : labels -> !values.contains(labels.get(key));
        }
        m = EQUALITY.matcher(term);
        if (m.matches()) {
            String key = m.group(1);
            String value = m.group(3);
            return "!=".equals(m.group(2))
                    ? labels -> !value.equals(labels.get(key))
                    : labels -> value.equals(labels.get(key));
        }
        m = EXISTS.matcher(term);
        if (m.matches()) {
            String key = m.group(2);
            return m.group(1).isEmpty() ? labels -> labels.containsKey(key) : labels -> !labels.containsKey(key);
        }
        throw new InvalidInputException("labelSelector", "'" + selector + "' is not a valid label selector: '"
                + term + "' is not a requirement");
    }

    /** Splits at commas outside parentheses. */
    private static List<String> split(String selector) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                terms.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        terms.add(selector.substring(start));
        return terms;
    }
}
