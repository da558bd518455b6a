package io.k8sdashboard.server.audit;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.redis.FallbackCounter;
import io.k8sdashboard.server.redis.RedisConnection;
import io.k8sdashboard.server.redis.RedisFallbackMetrics;
import io.k8sdashboard.server.redis.RedisOps;
import io.k8sdashboard.server.redis.StreamEntry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where audit records are kept for {@code GET /api/v1/audit}: every record goes into this
 * replica's bounded memory ring, and, when {@code dashboard.redis.url} is set, into the Redis
 * stream {@value #STREAM} shared by all replicas (trimmed to about
 * {@code dashboard.audit.stream-max-length} entries). Pages come from the stream when Redis is
 * configured, else from the ring. Redis failing never loses the request: a write or a first page
 * falls back to the ring and is counted as {@code dashboard_redis_fallbacks_total{operation}}
 * ({@code audit-write}, {@code audit-read}); a stream page's continuation needs the stream (503).
 */
@ApplicationScoped
public class AuditStore {

    /** The Redis stream's key. */
    public static final String STREAM = "k8sdashboard:audit";
    /** Entries read per Redis round trip while filling a filtered page. */
    static final int BATCH = 200;
    /** Round trips per page at most: a rare filter answers a short page with a continue token instead of scanning on. */
    static final int MAX_BATCHES = 20;

    private static final Logger LOG = Logger.getLogger(AuditStore.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    AuditSettings settings;
    @Inject
    RedisConnection connection;
    @Inject
    RedisOps redisOps;
    @Inject
    RedisFallbackMetrics redisFallbacks;

    private AuditRing ring;
    /** Null when Redis is not configured. */
    private RedisOps shared;
    private FallbackCounter fallbacks;
    private int streamMaxLength;

    /** For CDI. */
    public AuditStore() {
    }

    /** For tests: {@code shared} null means no Redis. */
    AuditStore(int ringSize, RedisOps shared, int streamMaxLength, FallbackCounter fallbacks) {
        this.ring = new AuditRing(ringSize);
        this.shared = shared;
        this.streamMaxLength = streamMaxLength;
        this.fallbacks = fallbacks;
    }

    @PostConstruct
    void init() {
        ring = new AuditRing(settings.ringSize());
        shared = connection.configured() ? redisOps : null;
        streamMaxLength = settings.streamMaxLength();
        fallbacks = redisFallbacks;
    }

    /** Keeps one record. Never throws for Redis: the ring has it, and the fallback is counted. */
    public void append(AuditRecord record) {
        ring.add(record);
        if (shared == null) {
            return;
        }
        try {
            shared.streamAdd(STREAM, JSON.writeValueAsString(record), streamMaxLength);
        } catch (RuntimeException e) {
            fallbacks.fallback("audit-write");
            LOG.log(Level.FINE, "Audit record not written to Redis", e);
        }
    }

    /** One page, newest first. */
    public AuditPage page(AuditQuery query) {
        if (shared == null || query.continuesRing()) {
            return ring.page(query);
        }
        try {
            return streamPage(query);
        } catch (RuntimeException e) {
            if (query.continueToken() != null) {
                throw new DashboardException(503, "redis-unavailable", "Audit stream unavailable",
                        "Redis does not answer, and this continue token names a page of its stream: start again without it "
                                + "(this replica's own records are served from memory meanwhile)");
            }
            fallbacks.fallback("audit-read");
            LOG.log(Level.FINE, "Audit page served from memory: Redis failed", e);
            return ring.page(query);
        }
    }

    private AuditPage streamPage(AuditQuery query) {
        List<AuditRecord> items = new ArrayList<>();
        String before = query.continueToken() == null ? null : query.continueToken().substring(1);
        String lastReturned = null;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<StreamEntry> entries = shared.streamBefore(STREAM, before, BATCH);
            for (StreamEntry entry : entries) {
                AuditRecord record = parse(entry);
                if (record == null || !query.matches(record)) {
                    continue;
                }
                if (items.size() == query.limit()) {
                    return new AuditPage(items, "r" + lastReturned);
                }
                items.add(record);
                lastReturned = entry.id();
            }
            if (entries.size() < BATCH) {
                return new AuditPage(items, null);
            }
            before = entries.get(entries.size() - 1).id();
        }
        // Scanned enough for one request: the client continues from the last entry looked at.
        return new AuditPage(items, "r" + before);
    }

    private static AuditRecord parse(StreamEntry entry) {
        try {
            return entry.value() == null ? null : JSON.readValue(entry.value(), AuditRecord.class);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Skipping a malformed audit entry " + entry.id() + ": " + e.getMessage());
            return null;
        }
    }
}
