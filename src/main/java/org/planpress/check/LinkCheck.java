package org.planpress.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.planpress.bake.Baker;
import org.planpress.convert.ConvertedPlan;
import org.planpress.diag.Diagnostics;
import org.planpress.html.PageLinks;
import org.planpress.store.Store;

/**
 * The check stage: every internal link of the finished site (in its staging directory, before it is published).
 * A page is checked again only when it changed or what it links to did (see {@link LinkChecker}).
 */
public final class LinkCheck {
    private LinkCheck() {
    }

    /**
     * A baked page to check.
     *
     * @param baked the page as the bake made it or took it from the store
     * @param made the digest of what it was made from (its bake key): the same digest, the same page
     */
    public record Page(Baker.Baked baked, String made) {
    }

    /** What a check did: how many pages it looked at, and how many of them it checked now (the others passed before). */
    public record Result(int pages, int checked) {
    }

    /**
     * Checks every internal href and src of every page of {@code site}; broken ones are errors, reported at the
     * source of the plan whose page holds them (or at the templates). {@code baked}: the pages the bake made, by
     * path; the site's other pages (copied from content/) are scanned here.
     */
    public static Result run(Path site, Map<String, Page> baked, List<ConvertedPlan> plans, Store store,
            Diagnostics diagnostics, int threads) throws IOException {
        Set<String> files = new HashSet<>();
        Map<String, Page> pages = new TreeMap<>(baked);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html") && !pages.containsKey(rel)) {
                    byte[] bytes = Files.readAllBytes(f);
                    pages.put(rel, new Page(Baker.Baked.of(rel, f, PageLinks.ofUtf8(bytes)), Store.key(bytes)));
                }
            }
        }
        Map<String, String> sources = new HashMap<>();
        for (ConvertedPlan c : plans) sources.put("plans/" + c.plan().id() + ".html", c.source().displayPath());
        List<Page> items = new ArrayList<>(pages.values());
        LinkChecker checker = new LinkChecker(files, pages);
        int checked = store.each(checker, items, threads, (i, problems) -> {
            String page = items.get(i).baked().uri();
            String where = sources.getOrDefault(page, "templates");
            for (String p : problems) diagnostics.error(where, 0, p + " (in " + page + ")");
        }).made();
        return new Result(items.size(), checked);
    }
}
