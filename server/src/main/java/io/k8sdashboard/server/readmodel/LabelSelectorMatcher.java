package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.server.validation.LabelSelectorSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Matches labels against a label selector the way the API server does: {@code k=v} and
 * {@code k==v} need the label with that value; {@code k!=v} holds when the label is absent or
 * differs; {@code k in (a,b)} needs the label with one of the values; {@code k notin (a,b)} holds
 * when the label is absent or has none of them; {@code k} needs the label; {@code !k} needs it
 * absent. Requirements are ANDed. Expects a selector already checked and normalized by
 * the REST layer's LabelSelectorSyntax.labelSelector.
 */
public final class LabelSelectorMatcher implements Predicate<Map<String, String>> {

    private static final LabelSelectorMatcher EVERYTHING = new LabelSelectorMatcher(List.of(), Map.of());

    private final List<Predicate<Map<String, String>>> requirements;
    private final Map<String, String> requiredValues;

    private LabelSelectorMatcher(List<Predicate<Map<String, String>>> requirements, Map<String, String> requiredValues) {
        this.requirements = requirements;
        this.requiredValues = requiredValues;
    }

    /**
     * The labels the selector requires with one exact value ({@code k=v}, {@code k==v},
     * {@code k in (v)}): a label index can narrow the candidates to those before matching.
     */
    public Map<String, String> requiredValues() {
        return requiredValues;
    }

    /** A matcher for a normalized selector; {@code null} matches everything. */
    public static LabelSelectorMatcher of(String selector) {
        if (selector == null || selector.isBlank()) {
            return EVERYTHING;
        }
        List<Predicate<Map<String, String>>> parsed = new ArrayList<>();
        Map<String, String> exact = new java.util.HashMap<>();
        for (String requirement : LabelSelectorSyntax.splitTopLevel(selector)) {
            String trimmed = requirement.trim();
            parsed.add(requirement(trimmed));
            exactValue(trimmed, exact);
        }
        return new LabelSelectorMatcher(List.copyOf(parsed), Map.copyOf(exact));
    }

    @Override
    public boolean test(Map<String, String> labels) {
        Map<String, String> present = labels == null ? Map.of() : labels;
        for (Predicate<Map<String, String>> requirement : requirements) {
            if (!requirement.test(present)) {
                return false;
            }
        }
        return true;
    }

    private static Predicate<Map<String, String>> requirement(String requirement) {
        Matcher set = LabelSelectorSyntax.SET_REQUIREMENT.matcher(requirement);
        if (set.matches()) {
            String key = set.group(1);
            Set<String> values = new java.util.HashSet<>();
            for (String v : set.group(3).split(",", -1)) {
                values.add(v.trim());
            }
            return set.group(2).equals("in")
                    ? labels -> labels.containsKey(key) && values.contains(labels.get(key))
                    : labels -> !labels.containsKey(key) || !values.contains(labels.get(key));
        }
        Matcher equality = LabelSelectorSyntax.EQUALITY.matcher(requirement);
        if (equality.matches()) {
            String key = equality.group(1);
            String value = equality.group(3);
            return equality.group(2).equals("!=")
                    ? labels -> !value.equals(labels.get(key))
                    : labels -> value.equals(labels.get(key));
        }
        if (requirement.startsWith("!")) {
            String key = requirement.substring(1).trim();
            return labels -> !labels.containsKey(key);
        }
        return labels -> labels.containsKey(requirement);
    }

    private static void exactValue(String requirement, Map<String, String> exact) {
        Matcher set = LabelSelectorSyntax.SET_REQUIREMENT.matcher(requirement);
        if (set.matches()) {
            String[] values = set.group(3).split(",", -1);
            if (set.group(2).equals("in") && values.length == 1) {
                exact.put(set.group(1), values[0].trim());
            }
            return;
        }
        Matcher equality = LabelSelectorSyntax.EQUALITY.matcher(requirement);
        if (equality.matches() && !equality.group(2).equals("!=")) {
            exact.put(equality.group(1), equality.group(3));
        }
    }
}
