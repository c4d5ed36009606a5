package org.planpress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WorkersTest {
    static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsKeepTheItemsOrderOnAnyNumberOfThreads() throws Exception {
        for (int threads : new int[] {1, 2, 7}) {
            assertEquals(ITEMS.stream().map(i -> i * i).toList(), Workers.map(ITEMS, threads, i -> i * i), "threads " + threads);
        }
    }

    @Test
    void oneThreadIsTheCallersAndNoMoreThanAskedRun() throws Exception {
        Thread caller = Thread.currentThread();
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        Workers.forEach(ITEMS, 1, i -> used.add(Thread.currentThread()));
        assertEquals(Set.of(caller), used);
        used.clear();
        Workers.forEach(ITEMS, 3, i -> {
            used.add(Thread.currentThread());
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        });
        assertTrue(used.size() <= 3 && !used.contains(caller), used.toString());
        Future<Thread> f = Workers.beside(1, Thread::currentThread);
        assertSame(caller, Workers.join(f), "beside with one thread runs at once on the caller");
        assertTrue(Workers.join(Workers.beside(2, Thread::currentThread)) != caller);
    }

    @Test
    void errorsComeBackAsThrown() {
        IOException io = assertThrows(IOException.class, () -> Workers.forEach(ITEMS, 2, i -> {
            if (i == 150) throw new IOException("item 150");
        }));
        assertEquals("item 150", io.getMessage());
        assertThrows(OutOfMemoryError.class, () -> Workers.forEach(ITEMS, 2, i -> {
            if (i == 3) throw new OutOfMemoryError("planted");
        }));
        assertThrows(IllegalArgumentException.class, () -> Workers.join(Workers.beside(1, () -> {
            throw new IllegalArgumentException("x");
        })));
    }
}
