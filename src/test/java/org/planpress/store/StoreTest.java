package org.planpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StoreTest {

    @Test
    void anEntryIsFoundByItsKeyAndReadBackWhole() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Store store = Store.at(dir);
        Path a = Files.writeString(dir.resolve("a.txt"), "first");
        String key = Store.key("source text", "theme");
        assertNull(store.get("pdf", key));
        store.put("pdf", key, Map.of("a.txt", a));
        Map<String, Path> got = store.get("pdf", key);
        assertEquals(Set.of("a.txt"), got.keySet());
        assertEquals("first", Files.readString(got.get("a.txt")));
        assertNull(store.get("pdf", Store.key("source text", "another theme")));
        assertNull(store.get("html", key), "kinds are apart");
    }

    @Test
    void keysFrameTheirParts() {
        assertNotEquals(Store.key("ab", "c"), Store.key("a", "bc"));
        assertEquals(Store.key("ab", "c"), Store.key("ab", "c"));
    }

    @Test
    void aDamagedOrForeignEntryIsIgnored() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Store store = Store.at(dir);
        Path a = Files.writeString(dir.resolve("a.txt"), "some content");
        String key = Store.key("x");
        store.put("pdf", key, Map.of("a.txt", a));
        Path kept = store.get("pdf", key).get("a.txt");
        Files.writeString(kept, "some"); // truncated
        assertNull(store.get("pdf", key), "truncated file");
        store.put("pdf", key, Map.of("a.txt", a));
        Files.delete(store.get("pdf", key).get("a.txt").resolveSibling(".entry"));
        assertNull(store.get("pdf", key), "half-written entry (no record)");
        Path other = dir.resolve("store-0/pdf/" + key);
        Files.createDirectories(other);
        assertNull(Store.at(dir).get("pdf", Store.key("y")), "another format's entries are not read");
    }

    @Test
    void retainDeletesWhatTheLastBuildDidNotUse() throws Exception {
        Path dir = Files.createTempDirectory("pp-store");
        Store store = Store.at(dir);
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        store.put("pdf", Store.key("1"), Map.of("a.txt", a));
        store.put("pdf", Store.key("2"), Map.of("a.txt", a));
        store.retain("pdf", Set.of(Store.key("2")));
        assertNull(store.get("pdf", Store.key("1")));
        assertEquals(Set.of("a.txt"), store.get("pdf", Store.key("2")).keySet());
    }
}
