package org.planpress.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One item's work in a stage, as the {@link Store} sees it: the digest of what the result is made from, how
 * to make it, and how it is filed. The pipeline runs a stage's steps through the store
 * ({@link Store#each}), so a stage itself never looks anything up: it only says what its work reads.
 *
 * @param <I> what one item of work is made from (a plan source, a page)
 * @param <O> what it makes
 */
public interface Step<I, O> {
    /** The kind of entries this step files, a folder name ({@code plan}, {@code page}, {@code pdf}). */
    String kind();

    /**
     * The digest of everything {@code in}'s result is made from (see {@link Store#key}): its text and whatever
     * else it reads, such as the configuration, the theme and PlanPress itself.
     */
    String key(I in) throws IOException;

    /** Makes the result. */
    O make(I in) throws IOException;

    /** Whether a result made now may be filed (one with errors is made again next time, so they are reported again). */
    default boolean keep(O out) {
        return true;
    }

    /** Whether the store of a serve session keeps results of this step in memory too (not for large files). */
    default boolean inMemory() {
        return true;
    }

    /**
     * Whether a kept result says no more than that the item passed (a check): the store then files it as an empty
     * entry, whose key is all a later build reads of it (a line of the kind's index, no bytes),
     * and {@link #decode} gets an empty entry.
     */
    default boolean passOnly() {
        return false;
    }

    /** The result as named parts (bytes the store keeps in its entry). */
    Map<String, byte[]> encode(O out) throws IOException;

    /**
     * The files the result is (a page, a PDF), by name: the store keeps each by a hard link to it (see
     * {@link Store#link}), so it is neither read nor copied; none by default.
     */
    default Map<String, Path> files(O out) {
        return Map.of();
    }

    /**
     * Whether the store leaves part {@code part} (of {@link #encode}) in the store's file when it reads the entry
     * back, handing it to {@link #decode} as a {@link Store.Slice} to be read when needed: large text a later
     * stage reads once, if at all (a converted body, a compare-page fragment); none by default.
     */
    default boolean apart(String part) {
        return false;
    }

    /**
     * {@code made} with its {@link #apart} parts replaced by where the store filed them ({@code apart}, by name),
     * so a result made now does not keep them on the heap either; {@code made} itself by default.
     */
    default O filed(O made, Map<String, Store.Slice> apart) {
        return made;
    }

    /**
     * The result from its entry: its parts, its files (the store's, to {@link Store#link} where they belong) and
     * its parts kept apart; null when they are not of this step's shape (then it is made again).
     */
    O decode(Store.Entry entry);
}
