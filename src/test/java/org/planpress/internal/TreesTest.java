package org.planpress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TreesTest {
    @Test
    void deleteTakesEveryFileAndFolderButNotWhatALinkPointsTo() throws Exception {
        Path root = Files.createTempDirectory("pp-delete");
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path tree = root.resolve("site");
        for (String f : List.of("index.html", "plans/a.html", "plans/deep/er/b.html", "search/d/0.js", "empty/.hidden")) {
            Files.createDirectories(tree.resolve(f).getParent());
            Files.writeString(tree.resolve(f), f);
        }
        Files.createDirectories(tree.resolve("no-files/inside"));
        Files.createSymbolicLink(tree.resolve("plans/linked"), outside);
        Files.createSymbolicLink(tree.resolve("dangling"), root.resolve("nowhere"));
        Trees.delete(tree);
        assertFalse(Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")), "a link's target is not deleted");
        Trees.delete(tree); // gone already: nothing to do
        Trees.delete(null);
    }
}
