package io.k8sdashboard.plugin.api;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Runs a plugin's work after the request that started it has ended, as the user of that request:
 * on the worker thread {@link PluginContext#currentUser()}, {@link PluginContext#reader()},
 * {@link PluginContext#writer()} and {@link PluginContext#progress} act for that user, exactly as
 * they did in the request.
 *
 * <p>Each user may have a bounded number of tasks queued or running at once (the host's setting
 * {@code dashboard.background.max-per-user}); one more is refused with a 429 problem. Work still
 * running when the server stops is cancelled (the worker thread is interrupted).
 *
 * @since 1.2.0
 */
public interface BackgroundWork {

    /**
     * Submits work to run as the current user.
     *
     * @param work the work
     * @param <T> its result
     * @return the pending result; {@link Future#cancel} interrupts it
     * @throws DashboardException (401) without a signed-in user, (429) when the user already has
     *         the maximum of tasks queued or running
     * @since 1.2.0
     */
    <T> Future<T> submit(Callable<T> work);

    /**
     * Submits work without a result, as the current user.
     *
     * @param work the work
     * @return completes with {@code null} when the work is done
     * @throws DashboardException (401) without a signed-in user, (429) over the user's bound
     * @since 1.2.0
     */
    default Future<?> submit(Runnable work) {
        return submit(() -> {
            work.run();
            return null;
        });
    }
}
