package io.k8sdashboard.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputValidationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "app=web|app=web",
        "app = web , tier!=db|app=web,tier!=db",
        "app==web|app==web",
        "env in (prod, staging)|env in (prod,staging)",
        "env notin (dev)|env notin (dev)",
        "!legacy|!legacy",
        "app.kubernetes.io/name=shop|app.kubernetes.io/name=shop",
        "tier|tier",
        "app=|app=",
    })
    void acceptsKubernetesSelectors(String selector, String normalized) {
        assertThat(InputValidation.labelSelector(selector)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app=we b", "app in (web", "app)=x", "=web", "app=web,", "-app=web", "app=" + "x" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "Bad_Prefix/app=x", "app=web;rm", "a b", "app=web\n", "env in (a,)", "env in ()", "\u00e4pp=x"})
    void rejectsMalformedSelectorsNamingTheParameter(String selector) {
        assertThatThrownBy(() -> InputValidation.labelSelector(selector))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("labelSelector");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("labelSelector: ");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shop", "shop_1", "-shop", "shop-", "a.b", ""})
    void rejectsBadNamespaces(String namespace) {
        assertThatThrownBy(() -> InputValidation.namespace("namespace", namespace))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("namespace"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-7c9d8f6b5-h4k2j", "widgets.example.com", "a"})
    void acceptsDns1123Names(String name) {
        assertThat(InputValidation.name("name", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Web", "web/x", "web..x", "..", "web_1"})
    void rejectsBadNames(String name) {
        assertThatThrownBy(() -> InputValidation.name("name", name))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "ten", "1.5"})
    void rejectsLimitsOutOfRange(String limit) {
        assertThatThrownBy(() -> InputValidation.limit(limit))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "yml ", "JSONP"})
    void rejectsUnknownFormats(String format) {
        assertThatThrownBy(() -> InputValidation.format(format))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t "})
    void blankSelectorsMeanNone(String selector) {
        assertThat(InputValidation.labelSelector(selector)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app=web", "app = web , tier!=db", "env in (prod, staging)", "!legacy", "app.kubernetes.io/name=shop",
        "tier", "app=", " a , b ", "k\tin\t(v)"})
    void everySelectorThePublishedPatternAcceptsIsAccepted(String selector) {
        assertThat(selector).matches(InputValidation.LABEL_SELECTOR_PATTERN);
        assertThat(InputValidation.labelSelector(selector)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pods", "Pod", "po", "deployments.apps", "deployments.v1.apps", "certificates.cert-manager.io"})
    void acceptsKubectlKindNames(String kind) {
        assertThat(InputValidation.kind(kind)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " pods", "pods ", "po ds", "pods/x", "-pods", "pods.", "p\u00f6ds"})
    void rejectsMalformedKindNamesNamingTheParameter(String kind) {
        assertThatThrownBy(() -> InputValidation.kind(kind))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 5", "5 ", "+5", "05000", "1e3"})
    void limitIsPlainDigits(String limit) {
        assertThatThrownBy(() -> InputValidation.limit(limit))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ASC", "desc ", "up"})
    void orderIsAscOrDescExactly(String order) {
        assertThatThrownBy(() -> InputValidation.order(order))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("order"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "JSON", " yaml"})
    void formatIsJsonOrYamlExactly(String format) {
        assertThatThrownBy(() -> InputValidation.format(format))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("format"));
    }

    @org.junit.jupiter.api.Test
    void absentOrderAndFormatHaveDefaults() {
        assertThat(InputValidation.order(null)).isEqualTo("asc");
        assertThat(InputValidation.format(null)).isEqualTo("json");
        assertThat(InputValidation.limit(null)).isNull();
        assertThat(InputValidation.limit("1000")).isEqualTo(1000);
    }

    @org.junit.jupiter.api.Test
    void namespacePatternsMatchTheChecks() {
        assertThat("shop").matches(InputValidation.NAMESPACE_PATTERN).matches(InputValidation.OPTIONAL_NAMESPACE_PATTERN)
                .matches(InputValidation.NAMESPACE_OR_CLUSTER_PATTERN);
        assertThat("").matches(InputValidation.OPTIONAL_NAMESPACE_PATTERN).doesNotMatch(InputValidation.NAMESPACE_PATTERN);
        assertThat("_").matches(InputValidation.NAMESPACE_OR_CLUSTER_PATTERN).doesNotMatch(InputValidation.NAMESPACE_PATTERN);
        assertThat("a".repeat(64)).doesNotMatch(InputValidation.NAMESPACE_PATTERN);
        assertThat("a".repeat(63)).matches(InputValidation.NAMESPACE_PATTERN);
    }
}
