package io.k8sdashboard.server.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.k8sdashboard.plugin.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClientMessagesTest {

    private static ClientMessage parse(String text) {
        return ClientMessages.parse(text, 8192);
    }

    private static RejectedMessage rejected(String text) {
        return catchThrowableOfType(() -> parse(text), RejectedMessage.class);
    }

    private static String field(RejectedMessage e) {
        return e.problem() instanceof InvalidInputException invalid ? invalid.field() : null;
    }

    @Test
    void readsASubscriptionWithNormalizedSelector() {
        ClientMessage message = parse(
                "{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"namespace\":\"team-a\",\"labelSelector\":\"app = web\"}");
        assertThat(message).isEqualTo(new ClientMessage.Subscribe("s1", "pods", "team-a", "app=web"));
    }

    @Test
    void namespaceAndSelectorAreOptional() {
        assertThat(parse("{\"type\":\"subscribe\",\"id\":\"a.b:c_d-1\",\"kind\":\"deployments.apps\",\"namespace\":\"\"}"))
                .isEqualTo(new ClientMessage.Subscribe("a.b:c_d-1", "deployments.apps", null, null));
    }

    @Test
    void readsUnsubscribeAndPing() {
        assertThat(parse("{\"type\":\"unsubscribe\",\"id\":\"s1\"}")).isEqualTo(new ClientMessage.Unsubscribe("s1"));
        assertThat(parse("{\"type\":\"ping\"}")).isEqualTo(new ClientMessage.Ping());
    }

    @Test
    void readsFollowAndChecksTheOperationId() {
        assertThat(parse("{\"type\":\"follow\",\"operation\":\"0b6f1c1e-6f9e-4c2b-9d43-0c3f5a1e2d7a\"}"))
                .isEqualTo(new ClientMessage.Follow("0b6f1c1e-6f9e-4c2b-9d43-0c3f5a1e2d7a"));
        for (String text : new String[] {"{\"type\":\"follow\"}", "{\"type\":\"follow\",\"operation\":\"a b\"}",
                "{\"type\":\"follow\",\"operation\":7}", "{\"type\":\"follow\",\"operation\":\"" + "x".repeat(65) + "\"}"}) {
            RejectedMessage e = rejected(text);
            assertThat(e.problem().status()).as(text).isEqualTo(400);
            assertThat(field(e)).as(text).isEqualTo("operation");
        }
    }

    @Test
    void malformedJsonIsA400WithoutId() {
        for (String text : new String[] {"{", "not json", "[1,2]", "\"subscribe\"", ""}) {
            RejectedMessage e = rejected(text);
            assertThat(e).as(text).isNotNull();
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.subscriptionId()).isNull();
        }
    }

    @Test
    void unknownOrMissingTypeIsA400NamingTheField() {
        RejectedMessage unknown = rejected("{\"type\":\"explode\",\"id\":\"s1\"}");
        assertThat(unknown.problem().status()).isEqualTo(400);
        assertThat(field(unknown)).isEqualTo("type");
        assertThat(unknown.subscriptionId()).isEqualTo("s1");
        assertThat(field(rejected("{\"id\":\"s1\"}"))).isEqualTo("type");
        assertThat(field(rejected("{\"type\":3}"))).isEqualTo("type");
    }

    @Test
    void idsAreChecked() {
        for (String id : new String[] {"", "has space", "x".repeat(65), "s/1", "é"}) {
            RejectedMessage e = rejected("{\"type\":\"subscribe\",\"kind\":\"pods\",\"id\":\"" + id + "\"}");
            assertThat(field(e)).as(id).isEqualTo("id");
            assertThat(e.subscriptionId()).isNull();
        }
        assertThat(field(rejected("{\"type\":\"unsubscribe\"}"))).isEqualTo("id");
        assertThat(field(rejected("{\"type\":\"subscribe\",\"kind\":\"pods\",\"id\":7}"))).isEqualTo("id");
        assertThat(parse("{\"type\":\"subscribe\",\"kind\":\"pods\",\"id\":\"" + "x".repeat(64) + "\"}")).isNotNull();
    }

    @Test
    void kindNamespaceAndSelectorAreChecked() {
        RejectedMessage noKind = rejected("{\"type\":\"subscribe\",\"id\":\"s1\"}");
        assertThat(field(noKind)).isEqualTo("kind");
        assertThat(noKind.subscriptionId()).isEqualTo("s1");
        assertThat(field(rejected("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"namespace\":\"Team_A\"}")))
                .isEqualTo("namespace");
        assertThat(field(rejected("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"namespace\":[\"a\"]}")))
                .isEqualTo("namespace");
        assertThat(field(rejected("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"labelSelector\":\"app in (web\"}")))
                .isEqualTo("labelSelector");
    }

    @Test
    void tooLargeIsA413() {
        String big = "{\"type\":\"ping\",\"pad\":\"" + "é".repeat(300) + "\"}";
        assertThat(big.length()).isLessThan(400);
        RejectedMessage e = catchThrowableOfType(() -> ClientMessages.parse(big, 400), RejectedMessage.class);
        assertThat(e.problem().status()).isEqualTo(413);
    }
}
