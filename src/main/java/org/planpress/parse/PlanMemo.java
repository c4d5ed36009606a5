package org.planpress.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A value derived from each converted plan (its scanned body, a digest), kept by identity from one build of a
 * serve session to the next: the session keeps the converted plans of unchanged sources, so a rebuild computes
 * the value only for the plans it converted again.
 */
public final class PlanMemo<V> {
    private final Map<ConvertedPlan, V> values = new IdentityHashMap<>();

    /**
     * Each plan's value, by identity: the kept one, or {@code compute}'s (run on every core for the plans
     * without one). Afterwards the memo holds exactly the values of {@code plans}.
     */
    @SuppressWarnings("unchecked")
    public synchronized Map<ConvertedPlan, V> of(List<ConvertedPlan> plans, Function<ConvertedPlan, V> compute) {
        Object[] got = new Object[plans.size()];
        IntStream.range(0, plans.size()).parallel().forEach(i -> {
            V known = values.get(plans.get(i));
            got[i] = known != null ? known : compute.apply(plans.get(i));
        });
        values.clear();
        for (int i = 0; i < got.length; i++) values.put(plans.get(i), (V) got[i]);
        return new IdentityHashMap<>(values);
    }

    /** Forgets every value. */
    public synchronized void clear() {
        values.clear();
    }
}
