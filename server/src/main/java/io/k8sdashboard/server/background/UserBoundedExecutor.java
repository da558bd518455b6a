package io.k8sdashboard.server.background;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs work for users on an executor: each task with its submitter's identity bound on the worker
 * thread ({@link CurrentUser#callAs}), at most {@code maxPerUser} tasks queued or running per user
 * (one more is a 429 problem), and every unfinished task cancelled (interrupted) by {@link #close()}.
 */
public final class UserBoundedExecutor implements AutoCloseable {

    private final Executor executor;
    private final int maxPerUser;
    private final Map<String, Integer> perUser = new ConcurrentHashMap<>();
    private final Set<Future<?>> unfinished = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param executor runs the tasks (the server's managed executor, or a plain one in tests)
     * @param maxPerUser tasks one user may have queued or running at once
     */
    public UserBoundedExecutor(Executor executor, int maxPerUser) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.maxPerUser = Math.max(1, maxPerUser);
    }

    /**
     * Submits work to run as {@code identity}.
     *
     * @throws DashboardException 429 when the user already has {@code maxPerUser} tasks, 503 when
     *         the server is stopping or the executor refuses
     */
    public <T> Future<T> submit(RequestIdentity identity, Callable<T> work) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(work, "work");
        if (closed) {
            throw stopping();
        }
        String user = identity.user().name();
        acquire(user);
        // Released when the work ends, before its result is visible (a caller that waits for it
        // may submit again at once), or by done() when it is cancelled before it ran: once only.
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable releaseOnce = () -> {
            if (held.compareAndSet(true, false)) {
                release(user);
            }
        };
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return CurrentUser.callAs(identity, work);
            } finally {
                releaseOnce.run();
            }
        }) {
            @Override
            protected void done() {
                unfinished.remove(this);
                releaseOnce.run();
            }
        };
        unfinished.add(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.cancel(false);
            throw new DashboardException(503, "background-unavailable", "Background work unavailable",
                    "The server cannot run background work now", e);
        }
        if (closed) {
            task.cancel(true);
        }
        return task;
    }

    /** Tasks of a user queued or running now. */
    public int running(String user) {
        return perUser.getOrDefault(user, 0);
    }

    private void acquire(String user) {
        perUser.compute(user, (name, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerUser) {
                throw new DashboardException(429, "too-much-background-work", "Too much background work",
                        "You already have " + now + " tasks running; at most " + maxPerUser
                                + " may run at once (dashboard.background.max-per-user)");
            }
            return now + 1;
        });
    }

    private void release(String user) {
        perUser.computeIfPresent(user, (name, count) -> count <= 1 ? null : count - 1);
    }

    /** Refuses new work and cancels (interrupts) every task not finished yet. */
    @Override
    public void close() {
        closed = true;
        for (Future<?> task : Set.copyOf(unfinished)) {
            task.cancel(true);
        }
    }

    private static DashboardException stopping() {
        return new DashboardException(503, "background-unavailable", "Background work unavailable",
                "The server is stopping");
    }
}
