package io.k8sdashboard.server.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.validation.InputValidation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API server's label selector semantics, on selectors normalized as the REST API does. */
class LabelSelectorMatcherTest {

    static final Map<String, String> WEB = Map.of("app", "web", "tier", "front", "example.com/team", "a");
    static final Map<String, String> DB = Map.of("app", "db");

    static boolean matches(String selector, Map<String, String> labels) {
        return LabelSelectorMatcher.of(InputValidation.labelSelector(selector)).test(labels);
    }

    @Test
    void equalityNeedsTheLabelWithThatValue() {
        assertThat(matches("app=web", WEB)).isTrue();
        assertThat(matches("app==web", WEB)).isTrue();
        assertThat(matches("app = web", WEB)).isTrue();
        assertThat(matches("app=web", DB)).isFalse();
        assertThat(matches("tier=front", DB)).isFalse();
        assertThat(matches("example.com/team=a", WEB)).isTrue();
    }

    @Test
    void inequalityHoldsWhenTheLabelIsAbsentOrDiffers() {
        assertThat(matches("app!=web", DB)).isTrue();
        assertThat(matches("tier!=front", DB)).as("absent label").isTrue();
        assertThat(matches("app!=web", WEB)).isFalse();
    }

    @Test
    void setsInAndNotin() {
        assertThat(matches("app in (web,api)", WEB)).isTrue();
        assertThat(matches("app in (api)", WEB)).isFalse();
        assertThat(matches("tier in (front)", DB)).as("absent label is not in any set").isFalse();
        assertThat(matches("app notin (web)", WEB)).isFalse();
        assertThat(matches("app notin (api, batch)", WEB)).isTrue();
        assertThat(matches("tier notin (front)", DB)).as("absent label is notin every set").isTrue();
    }

    @Test
    void existsAndDoesNotExist() {
        assertThat(matches("tier", WEB)).isTrue();
        assertThat(matches("tier", DB)).isFalse();
        assertThat(matches("!tier", DB)).isTrue();
        assertThat(matches("!tier", WEB)).isFalse();
        assertThat(matches("tier", null)).isFalse();
        assertThat(matches("!tier", null)).isTrue();
    }

    @Test
    void requirementsAreAnded() {
        assertThat(matches("app in (web,db),tier notin (back),!legacy", WEB)).isTrue();
        assertThat(matches("app in (web,db),tier notin (back),!legacy", DB)).isTrue();
        assertThat(matches("app=web,tier=back", WEB)).isFalse();
        assertThat(matches(null, DB)).isTrue();
    }
}
