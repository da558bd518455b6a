package io.k8sdashboard.server.push;

import static io.k8sdashboard.server.push.PushFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.readmodel.ChangeType;
import io.k8sdashboard.server.readmodel.ResourceChange;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerMessagesTest {

    @Test
    void aRowLooksLikeTheRestApisRow() {
        ResourceRow row = new ResourceRow("web-1", "team-a", Arrays.asList("web-1", 3, null, true, 1.5), null,
                Map.of("app", "web"), "2024-01-01T00:00:00Z");
        JsonObject json = ServerMessages.row(row).build();
        assertThat(json.getString("name")).isEqualTo("web-1");
        assertThat(json.getString("namespace")).isEqualTo("team-a");
        assertThat(json.containsKey("status")).as("null members are left out, as JSON-B does").isFalse();
        assertThat(json.getJsonArray("cells").toString()).isEqualTo("[\"web-1\",3,null,true,1.5]");
        assertThat(json.getJsonObject("labels").getString("app")).isEqualTo("web");
        assertThat(json.getString("created")).isEqualTo("2024-01-01T00:00:00Z");
    }

    @Test
    void snapshotAndChangeMessages() {
        JsonObject snapshot = json(ServerMessages.snapshot("s1", "pods",
                List.of(PushFixtures.row("team-a", "web-1", Map.of())), 2, true, "123"));
        assertThat(snapshot.getString("type")).isEqualTo("snapshot");
        assertThat(snapshot.getString("id")).isEqualTo("s1");
        assertThat(snapshot.getInt("page")).isEqualTo(2);
        assertThat(snapshot.getBoolean("last")).isTrue();
        assertThat(snapshot.getString("resourceVersion")).isEqualTo("123");
        assertThat(snapshot.getJsonArray("rows")).hasSize(1);

        JsonObject change = json(ServerMessages.change("s1",
                new ResourceChange(ChangeType.DELETED, "pods", "team-a", "web-1", "124", PushFixtures.row("team-a", "web-1", Map.of()), false)));
        assertThat(change.getString("type")).isEqualTo("resource:deleted");
        assertThat(change.getString("namespace")).isEqualTo("team-a");
        assertThat(change.getString("name")).isEqualTo("web-1");
        assertThat(change.getString("resourceVersion")).isEqualTo("124");
        assertThat(change.getJsonObject("row").getString("name")).isEqualTo("web-1");
    }

    @Test
    void errorsNameFieldAndEnd() {
        JsonObject error = json(ServerMessages.error("s1", new InvalidInputException("namespace", "bad"), true));
        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getInt("status")).isEqualTo(400);
        assertThat(error.getString("field")).isEqualTo("namespace");
        assertThat(error.getBoolean("ended")).isTrue();
        JsonObject sessionError = json(ServerMessages.error(null,
                new io.k8sdashboard.plugin.api.DashboardException(400, "x", "Malformed", "d"), false));
        assertThat(sessionError.containsKey("id")).isFalse();
        assertThat(sessionError.containsKey("ended")).isFalse();
        assertThat(sessionError.get("field")).isNull();
        assertThat(ServerMessages.value(Double.NaN)).isEqualTo(JsonValue.NULL);
    }
}
