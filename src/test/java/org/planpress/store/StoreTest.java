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

    private static Path entryFile(Path dir, String kind) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("store-5").resolve(kind))) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
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
        try (Stream<Path> s = Files.list(dir.resolve("store-5/plan"))) {
            assertEquals(1, s.count(), "one file: the entry");
        }
        Path file = entryFile(dir, "plan");
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
        Path file = entryFile(dir, "pdf");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
        assertNull(store.read("pdf", key), "truncated");
        byte[] flipped = whole.clone();
        flipped[flipped.length - 1] ^= 1;
        Files.write(file, flipped);
        assertNull(store.read("pdf", key), "a changed byte");
        Files.write(file, bytes("not an entry at all"));
        assertNull(store.read("pdf", key), "another shape");
        store.write("pdf", key, Map.of("a.txt", bytes("some content")), Map.of(), part -> false);
        assertNotNull(store.read("pdf", key), "written again, read again");
        Path other = dir.resolve("store-0/pdf/" + Store.key("y"));
        Files.createDirectories(other.getParent());
        Files.write(other, whole);
        assertNull(Store.at(dir).read("pdf", Store.key("y")), "another format's entries are not read");
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
        try (Stream<Path> s = Files.list(dir.resolve("store-5/page"))) {
            assertEquals(List.of(), s.toList(), "an entry's files go with it");
        }
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
        try (Stream<Path> s = Files.list(dir.resolve("store-5").resolve("nox"))) {
            List<Path> marks = s.toList();
            assertEquals(1, marks.size()); // the pass of "a"; "bx" failed and is not filed
            assertEquals(0, Files.size(marks.get(0)));
        }
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
}
