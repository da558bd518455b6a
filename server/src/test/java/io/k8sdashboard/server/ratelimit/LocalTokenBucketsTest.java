package io.k8sdashboard.server.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalTokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final LocalTokenBuckets buckets = new LocalTokenBuckets(now::get);

    @Test
    void burstIsServedThenRefused() {
        Limit limit = new Limit(2, 5);
        for (int i = 0; i < 5; i++) {
            assertTrue(buckets.tryAcquire("alice", limit).allowed(), "request " + i);
        }
        assertFalse(buckets.tryAcquire("alice", limit).allowed());
    }

    @Test
    void refillsAtTheRateUpToTheBurst() {
        Limit limit = new Limit(2, 5);
        drain("alice", limit);
        now.addAndGet(SECOND); // two tokens back
        assertTrue(buckets.tryAcquire("alice", limit).allowed());
        assertTrue(buckets.tryAcquire("alice", limit).allowed());
        assertFalse(buckets.tryAcquire("alice", limit).allowed());
        now.addAndGet(3600 * SECOND); // never more than the burst
        for (int i = 0; i < 5; i++) {
            assertTrue(buckets.tryAcquire("alice", limit).allowed());
        }
        assertFalse(buckets.tryAcquire("alice", limit).allowed());
    }

    @Test
    void retryAfterIsWholeSecondsUntilTheNextTokenAndAtLeastOne() {
        Limit fast = new Limit(50, 1);
        drain("alice", fast);
        // 20 ms until the next token: still at least 1 s
        assertEquals(1, buckets.tryAcquire("alice", fast).retryAfterSeconds());

        Limit slow = Limit.perMinute(10, 10); // a token every 6 s
        drain("bob", slow);
        assertEquals(6, buckets.tryAcquire("bob", slow).retryAfterSeconds());
        now.addAndGet(SECOND / 2);
        assertEquals(6, buckets.tryAcquire("bob", slow).retryAfterSeconds(), "5.5 s rounds up");
        now.addAndGet(SECOND / 2);
        assertEquals(5, buckets.tryAcquire("bob", slow).retryAfterSeconds());
    }

    @Test
    void usersHaveTheirOwnBuckets() {
        Limit limit = new Limit(1, 3);
        drain("alice", limit);
        assertFalse(buckets.tryAcquire("alice", limit).allowed());
        assertTrue(buckets.tryAcquire("bob", limit).allowed());
    }

    @Test
    void zeroDisablesTheBucket() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(buckets.tryAcquire("alice", new Limit(0, 5)).allowed());
            assertTrue(buckets.tryAcquire("alice", new Limit(5, 0)).allowed());
        }
    }

    @Test
    void staysBoundedUnderAFloodOfUserNames() {
        LocalTokenBuckets small = new LocalTokenBuckets(now::get, 100);
        Limit limit = new Limit(1, 3);
        for (int i = 0; i < 10_000; i++) {
            small.tryAcquire("user-" + i, limit);
        }
        assertTrue(small.size() <= 100, "size " + small.size());
    }

    private void drain(String key, Limit limit) {
        while (buckets.tryAcquire(key, limit).allowed()) {
            // take every token
        }
    }
}
