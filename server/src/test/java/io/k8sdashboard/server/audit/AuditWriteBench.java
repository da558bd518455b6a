package io.k8sdashboard.server.audit;

import io.k8sdashboard.server.redis.FallbackCounter;
import io.k8sdashboard.server.redis.RedisConnection;
import io.k8sdashboard.server.redis.RedisOps;
import io.k8sdashboard.server.redis.RedisSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The per-record cost of {@link AuditLog#write} in one JVM, for {@code bench/audit.py} (not a
 * test): the log line (JSON) plus the memory ring, and the same plus the Redis stream, beside a
 * reference measured in the same run, the same logger writing an already-built line of the same
 * length. The audit logger writes to a file through a JUL FileHandler (Liberty writes
 * messages.log its own way: the figure is indicative of the work, not of Liberty's handler).
 * Variants are interleaved in blocks; each block's mean per record is one sample.
 *
 * <p>Usage: {@code java -cp <server test classpath> io.k8sdashboard.server.audit.AuditWriteBench redis://127.0.0.1:<port> <blocks> <records per block>};
 * prints one JSON object.
 */
public final class AuditWriteBench {

    private AuditWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        String redisUrl = args[0];
        int blocks = Integer.parseInt(args[1]);
        int perBlock = Integer.parseInt(args[2]);
        Path logFile = Files.createTempFile("audit-bench", ".log");
        Logger logger = Logger.getLogger(AuditLog.LOGGER);
        logger.setUseParentHandlers(false);
        FileHandler handler = new FileHandler(logFile.toString());
        handler.setFormatter(new SimpleFormatter());
        logger.addHandler(handler);

        RedisConnection connection = new RedisConnection(RedisSettings.of(redisUrl));
        connection.start();
        connection.awaitClient(Duration.ofSeconds(15));
        AuditLog memory = new AuditLog(new AuditStore(10_000, null, 1, FallbackCounter.NONE), AuditCounter.NONE);
        AuditLog redis = new AuditLog(new AuditStore(10_000, new RedisOps(connection), 100_000, FallbackCounter.NONE),
                AuditCounter.NONE);
        AuditRecord record = AuditRecord.ofAction(Instant.now(), "0b7c1a52-8d1e-4f0a-9a57-5d5f1c1e2a11", "alice",
                List.of("team-a", "developers"), "configmaps", "team-a", "settings", false, 200, null, "action-plugin", "annotate");
        String line = AuditLog.line(record);

        Map<String, Runnable> variants = new LinkedHashMap<>();
        variants.put("reference: the same logger, a built line", () -> logger.info(line));
        variants.put("log line + memory ring", () -> memory.write(record));
        variants.put("log line + memory ring + Redis stream", () -> redis.write(record));
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        variants.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
        List<String> names = new ArrayList<>(variants.keySet());
        for (int b = -blocks / 5; b < blocks; b++) { // the first fifth warms up, untimed
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(Math.floorMod(b + k, names.size()));
                Runnable work = variants.get(name);
                long started = System.nanoTime();
                for (int i = 0; i < perBlock; i++) {
                    work.run();
                }
                double microsPerRecord = (System.nanoTime() - started) / 1000.0 / perBlock;
                if (b >= 0) {
                    samples.get(name).add(microsPerRecord);
                }
            }
        }
        connection.close();
        handler.close();
        Files.deleteIfExists(logFile);

        StringBuilder out = new StringBuilder("{\"line_bytes\":" + line.length() + ",\"records_per_block\":" + perBlock
                + ",\"blocks\":" + blocks + ",\"us_per_record\":{");
        String sep = "";
        for (var entry : samples.entrySet()) {
            double[] sorted = entry.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.append(sep).append('"').append(entry.getKey()).append("\":{\"p50\":").append(round(pct(sorted, 50)))
                    .append(",\"p95\":").append(round(pct(sorted, 95))).append(",\"mean\":")
                    .append(round(Arrays.stream(sorted).average().orElse(0))).append('}');
            sep = ",";
        }
        System.out.println(out.append("}}"));
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
