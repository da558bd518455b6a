package io.k8sdashboard.server.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import org.redisson.api.RScript;
import org.redisson.api.RStream;
import org.redisson.api.stream.StreamAddArgs;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.client.codec.StringCodec;

/**
 * Every Redis command the dashboard sends, each bounded by a timeout and behind one circuit
 * breaker: while Redis is down, callers fail fast (CircuitBreakerOpenException) instead of each
 * waiting for Redisson's timeout. Methods throw on failure; callers (called from other beans, so
 * the interceptors fire) fall back to local state and count it with {@link FallbackCounter}.
 *
 * <p>Outside CDI (unit tests) the annotations do nothing; Redisson's own short timeouts
 * ({@link RedisSettings}) still bound every call.
 */
@ApplicationScoped
public class RedisOps {

    /** Above Redisson's own bound (timeout, one retry after a short delay), so Redisson answers first. */
    static final long TIMEOUT_MS = 1_500;

    @Inject
    RedisConnection connection;

    /** For CDI. */
    public RedisOps() {
    }

    /** For tests. */
    public RedisOps(RedisConnection connection) {
        this.connection = connection;
    }

    /** The string at {@code key}, {@code null} when absent. */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public String get(String key) {
        return connection.requireClient().<String>getBucket(key, StringCodec.INSTANCE).get();
    }

    /** Sets {@code key} to {@code value}, expiring after {@code ttl}. */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public void set(String key, String value, Duration ttl) {
        connection.requireClient().<String>getBucket(key, StringCodec.INSTANCE).set(value, ttl);
    }

    /** Publishes {@code message} on {@code channel}; returns how many subscribers received it. */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public long publish(String channel, String message) {
        return connection.requireClient().getTopic(channel, StringCodec.INSTANCE).publish(message);
    }
    /**
     * One token bucket in a Redis hash (tokens, last update in ms by Redis' own clock, so replicas
     * with skewed clocks agree): refills at {@code ARGV[1]} tokens per ms up to {@code ARGV[2]},
     * takes one token if there is one and answers 0, else answers the milliseconds until one is
     * back. Expires once it would be full again (an idle user costs nothing).
     */
    static final String TOKEN_BUCKET_SCRIPT = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local v = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
            local tokens = tonumber(v[1]) or burst
            local ts = tonumber(v[2]) or now
            tokens = math.min(burst, tokens + math.max(0, now - ts) * rate)
            local wait = 0
            if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate) end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate) + 1000)
            return wait
            """;

    /**
     * Takes a token from the shared bucket at {@code key} (see {@link #TOKEN_BUCKET_SCRIPT}).
     *
     * @return 0 when taken, else milliseconds until a token is back
     */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public long takeToken(String key, double perSecond, int burst) {
        Long wait = connection.requireClient().getScript(StringCodec.INSTANCE).eval(key, RScript.Mode.READ_WRITE,
                TOKEN_BUCKET_SCRIPT, RScript.ReturnType.LONG, List.<Object>of(key),
                Double.toString(perSecond / 1000.0), Integer.toString(burst));
        return wait == null ? 0 : wait;
    }

    /** The field every stream entry of ours carries. */
    static final String STREAM_FIELD = "r";

    /** Appends {@code value} to the stream at {@code key}, trimming it to about {@code maxLength} entries (MAXLEN ~). */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public String streamAdd(String key, String value, int maxLength) {
        return stream(key).add(StreamAddArgs.<String, String>entry(STREAM_FIELD, value).trimNonStrict().maxLen(maxLength).noLimit())
                .toString();
    }

    /**
     * Up to {@code count} entries of the stream at {@code key}, newest first, older than
     * {@code beforeId} ({@code <ms>-<seq>}), or the newest when it is {@code null}.
     */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public List<StreamEntry> streamBefore(String key, String beforeId, int count) {
        StreamMessageId end = StreamMessageId.MAX;
        if (beforeId != null) {
            String[] parts = beforeId.split("-", 2);
            end = new StreamMessageId(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        // XREVRANGE's end is inclusive: one more, and the entry named by beforeId is dropped.
        Map<StreamMessageId, Map<String, String>> found = stream(key).rangeReversed(count + 1, end, StreamMessageId.MIN);
        List<StreamEntry> entries = new ArrayList<>(found.size());
        for (var entry : found.entrySet()) {
            String id = entry.getKey().toString();
            if (entries.size() < count && !id.equals(beforeId)) {
                entries.add(new StreamEntry(id, entry.getValue().get(STREAM_FIELD)));
            }
        }
        return entries;
    }

    private RStream<String, String> stream(String key) {
        return connection.requireClient().getStream(key, StringCodec.INSTANCE);
    }
}
