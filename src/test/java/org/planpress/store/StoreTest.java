package org.planpress.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class StoreTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The one pack of {@code kind} (the store's file its entries are in). */
    private static Path pack(Path dir, String kind) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve(Store.FORMAT).resolve(kind))) {
            return s.filter(p -> p.getFileName().toString().startsWith("pack-")).reduce((a, b) -> {
                throw new AssertionError("more than one pack: " + a + ", " + b);
            }).orElseThrow();
        }
    }

    private static List<String> names(Path dir, String kind) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve(Store.FORMAT).resolve(kind))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEntryIsFoundByItsKeyAndReadBackWhole() throws Exception {
        Store store = Store.at(Files.createTempDirectory("pp-store"));
        String key = Store.key("source text", "theme");
        assertNull(store.read("pdf", key));
        store.write("pdf", key, Map.of("a.txt", bytes("first"), "b.bin", new byte[] {0, 10, 10, 9}), Map.of(), part -> false);
        Map<String, byte[]> got = store.read("pdf", key).parts();
        assertEquals(Set.of("a.txt", "b.bin"), got.keySet());
        assertEquals("first", new String(got.get("a.txt"), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {0, 10, 10, 9}, got.get("b.bin"), "any bytes, line breaks and tabs included");
        assertNull(store.read("pdf", Store.key("source text", "another theme")));
        assertNull(store.read("html", key), "kinds are apart");
    }

    @Test
    void aPartKeptApartIsLeftInTheEntryUntilItIsRead() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Store store = Store.at(dir);
        String key = Store.key("plan");
        Map<String, Store.Slice> apart = store.write("plan", key, Map.of("plan.json", bytes("{}"), "body.html", bytes("<p>body</p>")),
                Map.of(), part -> part.equals("body.html"));
        assertEquals(Set.of("body.html"), apart.keySet());
        assertEquals("<p>body</p>", new String(apart.get("body.html").bytes(), StandardCharsets.UTF_8), "where the write put it");
        Store.Entry e = store.read("plan", key);
        assertEquals(Set.of("plan.json"), e.parts().keySet(), "not read into memory");
        assertEquals(apart, e.apart(), "found where the write said");
        assertEquals("<p>body</p>", new String(e.apart().get("body.html").bytes(), StandardCharsets.UTF_8));
        Path file = pack(dir, "plan");
        byte[] b = Files.readAllBytes(file);
        b[(int) apart.get("body.html").offset() + 3] ^= 1; // inside the body
        Files.write(file, b);
        assertNull(store.read("plan", key), "a part kept apart is checked too");
    }

    @Test
    void keysFrameTheirParts() {
        assertNotEquals(Store.key("ab", "c"), Store.key("a", "bc"));
        assertEquals(Store.key("ab", "c"), Store.key("ab", "c"));
        assertTrue(Store.key("x").matches("[0-9a-f]{32}"));
    }

    @Test
    void aDamagedOrForeignEntryIsIgnored() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Store store = Store.at(dir);
        String key = Store.key("x");
        store.write("pdf", key, Map.of("a.txt", bytes("some content")), Map.of(), part -> false);
        store.retain("pdf", Set.of(key)); // the index saved
        Path file = pack(dir, "pdf");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
        assertNull(Store.at(dir).read("pdf", key), "truncated");
        byte[] flipped = whole.clone();
        flipped[flipped.length - 1] ^= 1;
        Files.write(file, flipped);
        assertNull(Store.at(dir).read("pdf", key), "a changed byte");
        Files.write(file, bytes("not an entry at all"));
        assertNull(Store.at(dir).read("pdf", key), "another shape");
        store.write("pdf", key, Map.of("a.txt", bytes("some content")), Map.of(), part -> false);
        assertNotNull(store.read("pdf", key), "written again, read again");
        Path other = dir.resolve("store-0/pdf");
        Files.createDirectories(other);
        Files.write(other.resolve(file.getFileName()), whole);
        Files.copy(dir.resolve(Store.FORMAT).resolve("pdf/index"), other.resolve("index"));
        assertNull(Store.at(dir).read("pdf", Store.key("y")), "another format's entries are not read");
        store.prune();
        assertTrue(Files.notExists(dir.resolve("store-0")), "and deleted once a build with this format is done");
        assertNotNull(store.read("pdf", key));
    }

    @Test
    void retainDeletesWhatTheLastBuildDidNotUse() throws Exception {
        Store store = Store.at(Files.createTempDirectory("pp-store"));
        store.write("pdf", Store.key("1"), Map.of("a.txt", bytes("a")), Map.of(), part -> false);
        store.write("pdf", Store.key("2"), Map.of("a.txt", bytes("a")), Map.of(), part -> false);
        store.retain("pdf", Set.of(Store.key("2")));
        assertNull(store.read("pdf", Store.key("1")));
        assertEquals(Set.of("a.txt"), store.read("pdf", Store.key("2")).parts().keySet());
    }

    @Test
    void aKeptFileIsTheSameFileNotACopyAndOneChangedInPlaceIsNotTaken() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Store store = Store.at(dir);
        Path page = Files.writeString(dir.resolve("page.html"), "<p>made once</p>");
        String key = Store.key("page");
        store.write("page", key, Map.of("links", bytes("[]")), Map.of("page.html", page), part -> false);
        Store.Entry e = store.read("page", key);
        Path kept = e.files().get("page.html");
        assertTrue(Files.isSameFile(page, kept), "a hard link where the file system has them");
        Path placed = dir.resolve("out/page.html");
        Files.createDirectories(placed.getParent());
        Store.link(kept, placed);
        assertEquals("<p>made once</p>", Files.readString(placed));
        assertEquals(Files.getLastModifiedTime(page), Files.getLastModifiedTime(placed), "it keeps its time");
        Files.writeString(placed, "<p>edited in the output</p>");
        assertNull(store.read("page", key), "a file changed in place (size, time) is not handed out");
        store.write("page", key, Map.of("links", bytes("[]")), Map.of("page.html", page), part -> false);
        store.retain("page", Set.of());
        assertEquals(List.of("index"), names(dir, "page"), "an entry's files and its pack go with it");
    }

    /** A step that counts what it makes. */
    private static final class Upper implements Step<String, String> {
        final List<String> made = new ArrayList<>();

        public String kind() {
            return "upper";
        }

        public String key(String in) {
            return Store.key("upper-1", in);
        }

        public synchronized String make(String in) {
            made.add(in);
            return in.toUpperCase(java.util.Locale.ROOT);
        }

        public Map<String, byte[]> encode(String out) {
            return Map.of("out", bytes(out));
        }

        public String decode(Store.Entry e) {
            return e.parts().containsKey("out") ? new String(e.parts().get("out"), StandardCharsets.UTF_8) : null;
        }
    }

    /** A check: an item passes when it has no "x" in it. */
    private static final class NoX implements Step<String, Boolean> {
        final List<String> made = new ArrayList<>();

        public String kind() {
            return "nox";
        }

        public String key(String in) {
            return Store.key("nox-1", in);
        }

        public synchronized Boolean make(String in) {
            made.add(in);
            return !in.contains("x");
        }

        public boolean keep(Boolean passed) {
            return passed;
        }

        public boolean passOnly() {
            return true;
        }

        public Map<String, byte[]> encode(Boolean out) {
            return Map.of();
        }

        public Boolean decode(Store.Entry e) {
            return true;
        }
    }

    @Test
    void aPassOnlyStepIsMarkedByAnEmptyEntryAndFailuresAreMadeAgain() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        NoX step = new NoX();
        Store store = Store.at(dir);
        assertEquals(2, store.each(step, List.of("a", "bx"), 2).made());
        assertEquals(List.of("index"), names(dir, "nox"), "a pass is a line of the index, no bytes");
        List<String> index = Files.readAllLines(dir.resolve(Store.FORMAT).resolve("nox/index"));
        assertEquals(2, index.size(), "a header and the pass of \"a\"; \"bx\" failed and is not filed: " + index);
        assertTrue(index.get(1).startsWith(step.key("a") + "\t"), index.toString());
        Store.Results<Boolean> again = Store.at(dir).each(step, List.of("a", "bx", "c"), 2);
        assertEquals(List.of(true, false, true), again.values());
        assertEquals(2, again.made());
        assertEquals(List.of("a", "bx", "bx", "c"), step.made.stream().sorted().toList());
    }

    @Test
    void eachMakesOnlyWhatTheStoreLacksAndPruneKeepsWhatWasUsed() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Upper step = new Upper();
        Store.Results<String> first = Store.at(dir).each(step, List.of("a", "b"), 2);
        assertEquals(List.of("A", "B"), first.values());
        assertEquals(2, first.made());
        Store again = Store.at(dir);
        Store.Results<String> second = again.each(step, List.of("b", "c"), 1);
        assertEquals(List.of("B", "C"), second.values());
        assertEquals(1, second.made(), "b from the files");
        again.prune();
        assertNull(again.read("upper", step.key("a")), "a was not used by the last build");
        assertNotNull(again.read("upper", step.key("b")));
    }

    @Test
    void aSessionKeepsResultsInMemoryAndANoneStoreKeepsNothing() throws Exception {
        Path out = Files.createTempDirectory("pp-store").resolve("site");
        Upper step = new Upper();
        Store session = Store.session(out);
        session.each(step, List.of("a"), 1);
        Files.walk(out.getParent().resolve(".planpress")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertEquals(0, session.each(step, List.of("a"), 1).made(), "taken from memory, the files gone");
        Store none = Store.none();
        none.each(step, List.of("z"), 1);
        assertEquals(1, none.each(step, List.of("z"), 1).made(), "nothing kept");
        assertTrue(none.isEmpty("upper"));
    }

    @Test
    void aBuildFilesItsEntriesInOnePackAndAPruneRewritesAPackMostlyUnused() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Upper step = new Upper();
        List<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "item " + i).toList();
        Store first = Store.at(dir);
        assertEquals(40, first.each(step, many, 2).made());
        first.prune();
        assertEquals(2, names(dir, "upper").size(), "one pack and its index, not a file per entry: " + names(dir, "upper"));
        Path before = pack(dir, "upper");
        long size = Files.size(before);
        Store second = Store.at(dir);
        assertEquals(0, second.each(step, many.subList(0, 30), 2).made(), "read back from the pack");
        second.prune();
        assertEquals(before, pack(dir, "upper"), "three quarters still used: the pack is kept");
        Store third = Store.at(dir);
        assertEquals(0, third.each(step, many.subList(0, 5), 2).made());
        third.prune();
        Path after = pack(dir, "upper");
        assertNotEquals(before, after, "mostly unused: its entries rewritten into a new pack");
        assertTrue(Files.size(after) * 4 < size, Files.size(after) + " of " + size);
        assertTrue(Files.notExists(before), "the old pack deleted");
        Store fourth = Store.at(dir);
        assertEquals(List.of("ITEM 0", "ITEM 4"), fourth.each(step, List.of("item 0", "item 4"), 1).values());
        assertEquals(0, fourth.each(step, many.subList(0, 5), 1).made(), "every entry kept was moved");
    }

    @Test
    void aCutIndexLosesOnlyTheEntriesItNoLongerNamesAndAPackNoIndexNamesIsNotRead() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Upper step = new Upper();
        List<String> items = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "x" + i).toList();
        Store.at(dir).each(step, items, 2);
        Path index = dir.resolve(Store.FORMAT).resolve("upper/index");
        byte[] whole = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(whole, whole.length / 2 + 7)); // cut inside a line
        Store.Results<String> again = Store.at(dir).each(step, items, 2);
        assertEquals(items.stream().map(i -> i.toUpperCase(java.util.Locale.ROOT)).toList(), again.values(), "right, whatever was lost");
        assertTrue(again.made() > 5 && again.made() < 15, "about half made again: " + again.made());
        Files.delete(index);
        assertEquals(20, Store.at(dir).each(step, items, 2).made(), "packs without an index are not read");
    }

    @Test
    void entriesMadeBeforeABuildFailedAreKeptForTheNextOne() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Upper step = new Upper();
        Store.at(dir).each(step, List.of("a", "b"), 2); // no prune: the build failed after this stage
        assertEquals(0, Store.at(dir).each(step, List.of("a", "b"), 2).made());
    }
}
