package org.planpress.convert;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.planpress.internal.Workers;

/**
 * A value derived from each converted plan (its scanned body, a digest), kept by identity from one build of a
 * serve session to the next: the session keeps the converted plans of unchanged sources, so a rebuild computes
 * the value only for the plans it converted again.
 */
public final class PlanMemo<V> {
    private final Map<ConvertedPlan, V> values = new IdentityHashMap<>();

    /**
     * Each plan's value, by identity: the kept one, or {@code compute}'s (run on {@code threads} threads for the
     * plans without one). Afterwards the memo holds exactly the values of {@code plans}.
     */
    public synchronized Map<ConvertedPlan, V> of(List<ConvertedPlan> plans, int threads, Function<ConvertedPlan, V> compute) {
        List<V> got = Workers.mapUnchecked(plans, threads, p -> {
            V known = values.get(p);
            return known != null ? known : compute.apply(p);
        });
        values.clear();
        for (int i = 0; i < got.size(); i++) values.put(plans.get(i), got.get(i));
        return new IdentityHashMap<>(values);
    }

    /** Forgets every value. */
    public synchronized void clear() {
        values.clear();
    }
}
