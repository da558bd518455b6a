package io.k8sdashboard.server.audit;

import static io.k8sdashboard.server.audit.AuditRecords.names;
import static io.k8sdashboard.server.audit.AuditRecords.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.redis.RedisConnection;
import io.k8sdashboard.server.redis.RedisOps;
import io.k8sdashboard.server.redis.RedisServerProcess;
import io.k8sdashboard.server.redis.RedisSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store on a real redis-server: the shared stream, its trimming, and the fallbacks to memory. */
class AuditStoreTest {

    private RedisServerProcess redis;
    private RedisConnection connection;
    private final List<String> fallbacks = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        redis = RedisServerProcess.start();
        connection = new RedisConnection(RedisSettings.of(redis.url()));
        connection.start();
        connection.awaitClient(java.time.Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        redis.close();
    }

    private AuditStore store(int ringSize, int streamMaxLength) {
        return new AuditStore(ringSize, new RedisOps(connection), streamMaxLength, fallbacks::add);
    }

    @Test
    void aRecordOneReplicaKeepsIsReadByAnotherThroughTheStreamPageByPage() {
        AuditStore a = store(10, 1000);
        AuditStore b = store(10, 1000);
        for (int i = 0; i < 5; i++) {
            a.append(patch("alice", "team-a", "cm-" + i));
        }
        b.append(patch("bob", "team-a", "other"));

        AuditPage first = b.page(new AuditQuery(2, null, "alice", null, null, null, null));
        assertThat(names(first)).containsExactly("cm-4", "cm-3");
        assertThat(first.continueToken()).startsWith("r");
        AuditPage second = b.page(new AuditQuery(2, first.continueToken(), "alice", null, null, null, null));
        assertThat(names(second)).containsExactly("cm-2", "cm-1");
        AuditPage last = b.page(new AuditQuery(2, second.continueToken(), "alice", null, null, null, null));
        assertThat(names(last)).containsExactly("cm-0");
        assertThat(last.continueToken()).isNull();
        assertThat(fallbacks).isEmpty();
    }

    @Test
    void theStreamIsTrimmedToAboutItsMaximumLength() {
        AuditStore store = store(10, 10);
        for (int i = 0; i < 1000; i++) {
            store.append(patch("alice", "team-a", "cm-" + i));
        }

        List<String> kept = names(store.page(AuditQuery.newest(1000)));
        // MAXLEN ~ trims whole stream nodes (100 entries each by default): about, never fewer.
        assertThat(kept.size()).isBetween(10, 200);
        assertThat(kept.get(0)).isEqualTo("cm-999");
    }

    @Test
    void withRedisDownRecordsAndFirstPagesComeFromMemoryAndAStreamContinuationIsA503() throws Exception {
        AuditStore store = store(10, 1000);
        for (int i = 0; i < 3; i++) {
            store.append(patch("alice", "team-a", "cm-" + i));
        }
        String streamToken = store.page(AuditQuery.newest(1)).continueToken();
        assertThat(streamToken).startsWith("r");

        redis.stop();
        store.append(patch("alice", "team-a", "while-down"));
        assertThat(fallbacks).contains("audit-write");

        AuditPage page = store.page(AuditQuery.newest(100));
        assertThat(names(page)).containsExactly("while-down", "cm-2", "cm-1", "cm-0");
        assertThat(fallbacks).contains("audit-read");
        assertThatThrownBy(() -> store.page(new AuditQuery(1, streamToken, null, null, null, null, null)))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(503));
    }
}
