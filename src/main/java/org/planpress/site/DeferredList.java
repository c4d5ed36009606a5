package org.planpress.site;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list in the site model that is made only when a template reads it, as {@link Deferred} text is: the people,
 * calendar and index-terms lists of 10,000 plans (85,000 people collated for their language) took 0.4-0.8 s of
 * every rebuild, though only their own pages read them and a rebuild after one edit takes those from the store.
 */
final class DeferredList<T> extends AbstractList<T> {
    private final Supplier<List<T>> make;
    private List<T> made;

    DeferredList(Supplier<List<T>> make) {
        this.make = make;
    }

    private synchronized List<T> list() {
        if (made == null) made = make.get();
        return made;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
