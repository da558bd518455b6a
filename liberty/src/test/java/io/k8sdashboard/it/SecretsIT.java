package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Secret values never leave the server: lists and gets carry metadata and key names only. */
public class SecretsIT {

    private static List<Secret> secrets;

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
        secrets = TestCluster.get().client().secrets().inAnyNamespace().list().getItems();
        assertThat(secrets).as("the test cluster holds secrets with data").anyMatch(s -> s.getData() != null && !s.getData().isEmpty());
    }

    /** Each value as stored (base64) and decoded, skipping trivially short ones that could match anything. */
    private static List<String> secretValues() {
        List<String> values = new ArrayList<>();
        for (Secret secret : secrets) {
            if (secret.getData() != null) {
                secret.getData().values().forEach(encoded -> {
                    values.add(encoded);
                    values.add(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
                });
            }
            if (secret.getStringData() != null) {
                values.addAll(secret.getStringData().values());
            }
        }
        values.removeIf(v -> v.length() < 6);
        assertThat(values).isNotEmpty();
        return values;
    }

    private static void assertNoSecretValueIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        for (String value : secretValues()) {
            assertThat(response.body()).as("%s leaks a secret value", response.uri()).doesNotContain(value);
        }
    }

    @Test
    void listsInEveryNamespaceShowNoValues() {
        assertNoSecretValueIn(Dashboard.get("/api/v1/resources/secrets"));
    }

    @Test
    void listsOfOneNamespaceShowNoValues() {
        for (Secret secret : secrets) {
            assertNoSecretValueIn(Dashboard.get("/api/v1/resources/secrets?namespace=" + secret.getMetadata().getNamespace()));
        }
    }

    @Test
    void getsAsJsonAndYamlShowKeyNamesButNoValues() {
        for (Secret secret : secrets) {
            String path = "/api/v1/resources/secrets/" + secret.getMetadata().getNamespace() + "/" + secret.getMetadata().getName();
            HttpResponse<String> json = Dashboard.get(path);
            assertNoSecretValueIn(json);
            if (secret.getData() != null) {
                secret.getData().keySet().forEach(key -> assertThat(json.body()).as("key names stay visible").contains(key));
            }
            assertNoSecretValueIn(Dashboard.get(path + "?format=yaml"));
        }
    }
}
