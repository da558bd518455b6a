package io.k8sdashboard.server.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} on a free loopback port, without persistence, for tests. Stopped and
 * restarted on the same port to simulate an outage. Fails (never skips) when redis-server is
 * missing: {@code apt-get install -y redis-server}, as {@code .ci/run} does.
 */
public final class RedisServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final String executable;
    private final int port;
    private final Path log;
    private Process process;

    private RedisServerProcess(String executable, int port, Path log) {
        this.executable = executable;
        this.port = port;
        this.log = log;
    }

    /** Starts a redis-server on a free port and waits until it answers PING. */
    public static RedisServerProcess start() throws IOException, InterruptedException {
        RedisServerProcess redis = new RedisServerProcess(executable(), freePort(), Files.createTempFile("redis-test", ".log"));
        redis.startProcess();
        return redis;
    }

    /** A free port for a redis-server not started yet ({@link #restart()} starts it): Redis down from the beginning. */
    public static RedisServerProcess notStarted() throws IOException {
        return new RedisServerProcess(executable(), freePort(), Files.createTempFile("redis-test", ".log"));
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Kills the server (as an outage would) and waits for it to be gone. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** Starts it again on the same port. */
    public void restart() throws IOException, InterruptedException {
        stop();
        startProcess();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void startProcess() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(executable, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answersPing()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start; see " + log + ":\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server did not answer PING on port " + port + " within " + START_TIMEOUT);
            }
            Thread.sleep(20);
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[7];
            int n = in.readNBytes(buffer, 0, buffer.length);
            return new String(buffer, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "redis-server");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        File debian = new File("/usr/bin/redis-server");
        if (debian.canExecute()) {
            return debian.getPath();
        }
        throw new IllegalStateException("redis-server is not installed; these tests need a real Redis: "
                + "apt-get install -y redis-server (.ci/run installs it)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
