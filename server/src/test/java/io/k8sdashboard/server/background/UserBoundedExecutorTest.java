package io.k8sdashboard.server.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserBoundedExecutorTest {

    private static final RequestIdentity ALICE = new RequestIdentity(
            new UserIdentity("alice", "alice@example.com", List.of("team-a", "developers")), true);
    private static final RequestIdentity BOB = new RequestIdentity(new UserIdentity("bob", null, List.of()), true);

    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        release.countDown();
        threads.shutdownNow();
    }

    private Object blockUntilReleased() throws InterruptedException {
        release.await();
        return null;
    }

    @Test
    void theSubmittersIdentityIsBoundOnTheWorkerAndClearedAfter() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try (UserBoundedExecutor work = new UserBoundedExecutor(single, 4)) {
            Future<RequestIdentity> seen = work.submit(ALICE, () -> CurrentUser.require());
            assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(ALICE);
            assertThat(seen.get().user().groups()).containsExactly("team-a", "developers");
            assertThat(CurrentUser.get()).as("the submitting thread is not touched").isEmpty();
            Future<Optional<RequestIdentity>> after = single.submit(CurrentUser::get);
            assertThat(after.get(10, TimeUnit.SECONDS)).as("the worker thread is left without a user").isEmpty();
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void aUserOverTheBoundGetsA429WhileOthersStillRun() throws Exception {
        try (UserBoundedExecutor work = new UserBoundedExecutor(threads, 2)) {
            work.submit(ALICE, this::blockUntilReleased);
            work.submit(ALICE, this::blockUntilReleased);
            assertThatThrownBy(() -> work.submit(ALICE, () -> "third"))
                    .isInstanceOfSatisfying(DashboardException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.getMessage()).contains("dashboard.background.max-per-user");
                    });
            assertThat(work.submit(BOB, () -> "bob's").get(10, TimeUnit.SECONDS)).isEqualTo("bob's");
            assertThat(work.running("alice")).isEqualTo(2);
        }
    }

    @Test
    void aFinishedTaskFreesItsPlace() throws Exception {
        try (UserBoundedExecutor work = new UserBoundedExecutor(threads, 1)) {
            assertThat(work.submit(ALICE, () -> 1).get(10, TimeUnit.SECONDS)).isEqualTo(1);
            Future<Integer> failing = work.submit(ALICE, () -> {
                throw new IllegalStateException("boom");
            });
            assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(work.submit(ALICE, () -> 3).get(10, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(work.running("alice")).isZero();
        }
    }

    @Test
    void closingCancelsRunningWorkAndRefusesNewWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        UserBoundedExecutor work = new UserBoundedExecutor(threads, 4);
        Future<Object> running = work.submit(ALICE, () -> {
            started.countDown();
            try {
                return blockUntilReleased();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        work.close();

        assertThat(running.isCancelled()).isTrue();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the worker thread was interrupted").isTrue();
        assertThat(work.running("alice")).isZero();
        assertThatThrownBy(() -> work.submit(ALICE, () -> "late"))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(503));
    }
}
