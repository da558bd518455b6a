package io.k8sdashboard.server.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One kind's watch and the index it keeps: started on first use, stopped when idle (no reads and
 * no listeners for the idle time). A start that fails or does not sync in time is not retried
 * before the retry time, so a kind the dashboard may not watch (Secrets, usually) costs one
 * attempt now and then, not one per request.
 */
final class KindWatch {

    private static final Logger LOG = Logger.getLogger(KindWatch.class.getName());

    private final KindIndex index;
    private final WatchSource source;
    private WatchSource.RunningWatch running;
    private boolean synced;
    private Instant lastUse;
    private Instant retryAfter;
    private boolean retired;

    /** What {@link #ensureSynced} found. */
    enum State { SYNCED, UNAVAILABLE, RETIRED }

    KindWatch(KindIndex index, WatchSource source) {
        this.index = index;
        this.source = source;
    }

    KindIndex index() {
        return index;
    }

    /**
     * Starts the watch if needed and waits (bounded) for its initial list.
     *
     * @return SYNCED when the index may be served; UNAVAILABLE when the watch could not start or
     *         sync; RETIRED when this watch was stopped as idle (ask the model for a new one)
     */
    synchronized State ensureSynced(Instant now, Duration syncTimeout, Duration retryTime) {
        if (retired) {
            return State.RETIRED;
        }
        lastUse = now;
        if (synced) {
            return State.SYNCED;
        }
        if (retryAfter != null && now.isBefore(retryAfter)) {
            return State.UNAVAILABLE;
        }
        String name = index.kind().resourceName();
        running = source.start(index.kind().descriptor(), index);
        try {
            running.synced().toCompletableFuture().get(syncTimeout.toMillis(), TimeUnit.MILLISECONDS);
            synced = true;
            LOG.info(() -> "Read model: watching " + name + " (" + index.size() + " objects)");
            return State.SYNCED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Read model: the watch of " + name + " did not sync; its reads go to the API server as the user"
                    + " until " + now.plus(retryTime), e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e);
        }
        running.stop();
        running = null;
        retryAfter = now.plus(retryTime);
        return State.UNAVAILABLE;
    }

    synchronized boolean synced() {
        return synced;
    }

    /**
     * Stops and retires the watch if unused since {@code now - idle} and nobody listens; true when
     * retired. A retired watch's index is never served again: events may be missed from here on.
     */
    synchronized boolean stopIfIdle(Instant now, Duration idle) {
        if (index.listenerCount() > 0 || (lastUse != null && now.isBefore(lastUse.plus(idle)))) {
            return false;
        }
        retired = true;
        stop();
        return true;
    }

    synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
            LOG.info(() -> "Read model: stopped watching " + index.kind().resourceName());
        }
        synced = false;
    }
}
