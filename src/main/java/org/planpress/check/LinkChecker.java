package org.planpress.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.planpress.html.LinkTarget;
import org.planpress.html.PageLinks;
import org.planpress.store.Step;
import org.planpress.store.Store;

/**
 * The link check of one page, as a {@link Step}: every link must point to a file of the site and a #fragment to an
 * id of the page it names. Its key is the page's own digest with, for each file the page links to
 * ({@link PageLinks#targets}), whether it exists and, where a link names a fragment in it, the digest of its ids:
 * a page is checked again when it changed or one of those did, not when a page it links to changed its text. A
 * page with broken links is not filed, so they are reported at every build until mended.
 */
final class LinkChecker implements Step<LinkCheck.Page, List<String>> {
    /** Bump when what a check reads changes without the code's digest changing. */
    private static final String FORMAT = "links-1";

    private final Set<String> files;
    private final Map<String, LinkCheck.Page> pages;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    /**
     * The links found good, by the folder of the page they are in: most links repeat on every page of a folder
     * (navigation, style sheets, the same-section bars), and each is resolved and checked once. A cold check of
     * 10,000 plans' pages: 1.6 s without it, 0.9 s with it.
     */
    private final Map<String, Set<String>> good = new ConcurrentHashMap<>();

    /**
     * @param files every file of the site, by site-relative path
     * @param pages its HTML pages, by the same paths
     */
    LinkChecker(Set<String> files, Map<String, LinkCheck.Page> pages) {
        this.files = files;
        this.pages = pages;
    }

    @Override
    public String kind() {
        return "links";
    }

    @Override
    public String key(LinkCheck.Page p) throws IOException {
        StringBuilder targets = new StringBuilder();
        for (String t : p.baked().targets()) {
            boolean fragment = t.endsWith("#");
            String file = existing(fragment ? t.substring(0, t.length() - 1) : t);
            LinkCheck.Page target = file == null ? null : pages.get(file);
            targets.append(t).append('\t')
                    .append(file == null ? "-" : fragment && target != null ? target.baked().idsDigest() : "+").append('\n');
        }
        return Store.key(FORMAT, Store.codeVersion(), p.made(), p.baked().uri(), targets.toString());
    }

    @Override
    public List<String> make(LinkCheck.Page p) throws IOException {
        String page = p.baked().uri();
        PageLinks own = p.baked().scan();
        List<String> problems = new ArrayList<>();
        Set<String> goodHere = good.computeIfAbsent(page.substring(0, page.lastIndexOf('/') + 1), k -> ConcurrentHashMap.newKeySet());
        for (String raw : new LinkedHashSet<>(own.links())) {
            boolean local = raw.startsWith("#");
            if (!local && goodHere.contains(raw)) continue;
            LinkTarget t = LinkTarget.of(page, raw);
            int before = problems.size();
            switch (t.kind()) {
                case IGNORED -> { }
                case SCRIPT -> problems.add("link with a javascript: URL: " + t.url());
                case OUTSIDE -> problems.add("link leaves the site: " + t.url());
                case SITE -> {
                    String file = existing(t.path());
                    if (file == null) {
                        problems.add("broken link to " + t.url());
                    } else if (t.fragment() != null && !t.fragment().isEmpty()) {
                        Set<String> there = file.equals(page) ? own.ids() : idsOf(file);
                        if (there != null && !there.contains(t.fragment())) problems.add("link to a missing anchor: " + t.url());
                    }
                }
            }
            // a file of the site means the same from every page of the folder (an absolute path does not: see 404.html)
            if (!local && t.kind() == LinkTarget.Kind.SITE && problems.size() == before) goodHere.add(raw);
        }
        return problems;
    }

    /** The file a link to {@code path} gets: the file itself, or a folder's index.html; null when neither exists. */
    private String existing(String path) {
        if (files.contains(path)) return path;
        String index = path.isEmpty() ? "index.html" : path + "/index.html";
        return files.contains(index) ? index : null;
    }

    /** The ids of page {@code file}; null when it is not an HTML page of the site. */
    private Set<String> idsOf(String file) throws IOException {
        Set<String> known = ids.get(file);
        if (known != null) return known;
        LinkCheck.Page target = pages.get(file);
        if (target == null) return null;
        Set<String> read = target.baked().ids();
        ids.put(file, read);
        return read;
    }

    @Override
    public boolean keep(List<String> problems) {
        return problems.isEmpty();
    }

    @Override
    public boolean passOnly() {
        return true;
    }

    @Override
    public Map<String, byte[]> encode(List<String> problems) {
        return Map.of();
    }

    @Override
    public List<String> decode(Store.Entry entry) {
        return List.of();
    }
}
