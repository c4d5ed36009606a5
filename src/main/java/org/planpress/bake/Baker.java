package org.planpress.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.planpress.convert.Body;
import org.planpress.convert.ConvertedPlan;
import org.planpress.diag.BuildFailure;
import org.planpress.html.PageLinks;
import org.planpress.i18n.Messages;
import org.planpress.site.SiteModel;
import org.planpress.store.Step;
import org.planpress.store.Store;

/**
 * The bake stage: renders the site's pages with JBake 2.7 embedded as a library, through its renderer and the
 * theme's Freemarker templates, with JBake's usual data model plus {@code planpress} (the site model, see
 * {@link SiteExtractor}). One page per plan (type {@code plan}), the site-wide pages of the site model
 * (people, calendar, terms, search, help, compare/*), the index, sitemap and 404 page.
 *
 * <p>A {@link Step} of one page: a plan page is made from the theme, the site's settings and labels, that plan's
 * entry of the site model and its linked body, so an edit of one plan renders its own page and the site-wide
 * pages that show what changed ({@link PageInputs}). A theme whose plan or layout template reads more of the
 * model than that ({@code pp.people}, {@code lastmod}, an include) has every plan page keyed by every plan too.
 *
 * <p>JBake's crawler and content store (OrientDB) are bypassed: the plans come converted, and on 1,000 plans
 * they took over half of the build, storing bodies no template reads from the store (the store alone takes
 * 2.5 s to start).
 */
public final class Baker implements Step<Baker.Page, Baker.Baked>, AutoCloseable {
    /** Bump when what a page is made of changes without the code's digest changing. */
    private static final String FORMAT = "page-3"; // 2: the links the link check reads, no anchors; 3: its targets and ids
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static volatile Map<String, Object> site;

    /**
     * A page to render: its path, the document JBake renders it from, a plan page's body (read when the page is
     * rendered, so the bodies of the pages taken from the store are never read), and the digest of what it is
     * made of.
     */
    public record Page(String uri, DocumentModel doc, Body body, String inputs) {
    }

    /**
     * A rendered page: where its file is (in the output when rendered now, in the store when taken from it) and
     * what the link check reads of it: the files it links to ({@link PageLinks#targets}) and the digest of its
     * ids, always; its links and ids themselves when it was rendered now ({@code links}), otherwise read when
     * needed ({@link #scan}, {@link #ids}), so a rebuild that checks few pages reads few.
     */
    public record Baked(String uri, Path html, PageLinks links, List<String> targets, String idsDigest, Store.Slice idsFiled) {
        /** A page scanned now: {@code links} are its links and ids. */
        public static Baked of(String uri, Path html, PageLinks links) {
            return new Baked(uri, html, links, links.targets(uri), Store.key(joined(links.ids())), null);
        }

        /** The page's links and ids: those scanned when it was rendered, or its file scanned again. */
        public PageLinks scan() throws IOException {
            return links != null ? links : PageLinks.ofUtf8(Files.readAllBytes(html));
        }

        /** The page's ids. */
        public java.util.Set<String> ids() throws IOException {
            if (links != null) return links.ids();
            if (idsFiled == null) return scan().ids();
            String all = new String(idsFiled.bytes(), StandardCharsets.UTF_8);
            return all.isEmpty() ? java.util.Set.of() : java.util.Set.of(all.split("\0"));
        }

        /** The ids sorted, separated by NUL (which no id holds): what is filed, and what its digest is of. */
        private static String joined(java.util.Set<String> ids) {
            return String.join("\0", new java.util.TreeSet<>(ids));
        }
    }

    private final Renderer renderer;
    private final DefaultJBakeConfiguration cfg;
    private final Properties config;
    private final Path destination;
    private final Path templates;
    private final String siteSettings;

    private Baker(Renderer renderer, DefaultJBakeConfiguration cfg, Properties config, Path destination, Path templates,
            String siteSettings) {
        this.templates = templates;
        this.renderer = renderer;
        this.cfg = cfg;
        this.config = config;
        this.destination = destination;
        this.siteSettings = siteSettings;
    }

    static Map<String, Object> currentSite() {
        return site;
    }

    /**
     * A bake into {@code destination} of the site model {@code siteModel}; one bake at a time (the templates
     * find the model through JBake's extractor), until {@link #close}.
     *
     * @param source source directory (JBake's source folder)
     * @param themeDir directory holding templates/ and assets/
     * @param config site configuration (bundled jbake.properties with the user's over it)
     */
    public static synchronized Baker open(Path source, Path themeDir, Path destination, Properties config,
            Map<String, Object> siteModel) throws BuildFailure {
        try {
            CompositeConfiguration composite = new CompositeConfiguration();
            Map<String, Object> map = new HashMap<>();
            for (String k : config.stringPropertyNames()) map.put(k, config.getProperty(k));
            composite.addConfiguration(new MapConfiguration(map));
            composite.addConfiguration(defaults());
            DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), composite, true);
            cfg.setTemplateFolder(themeDir.resolve("templates").toFile());
            cfg.setAssetFolder(themeDir.resolve("assets").toFile());
            cfg.setDataFolder(themeDir.resolve("data").toFile());
            cfg.setDestinationFolder(destination.toFile());
            Renderer renderer = new Renderer(new ContentStore("memory", "planpress"), cfg);
            String templates = digest(themeDir.resolve("templates"));
            Map<String, Object> settings = new TreeMap<>();
            settings.put("site", withoutLastmod(siteModel.get("site")));
            settings.put("msg", siteModel.get("msg"));
            String siteSettings = Store.key(FORMAT, templates, new TreeMap<>(config).toString(), settings.toString());
            site = siteModel;
            return new Baker(renderer, cfg, config, destination, themeDir.resolve("templates"), siteSettings);
        } catch (IOException e) {
            throw BuildFailure.of("templates", "cannot read the theme: " + e.getMessage(), e);
        } catch (Exception e) {
            throw BuildFailure.of("jbake.properties", "JBake could not bake the site: " + e.getMessage(), e);
        }
    }

    /**
     * The pages of the site: each plan's ({@code plans}, with linked bodies), the site-wide pages of the model
     * and {@code more} (the help page),
     * the index, the sitemap (only with {@code site.host}: the sitemaps.org schema wants absolute locations) and
     * the 404 page.
     */
    @SuppressWarnings("unchecked")
    public List<Page> pages(List<ConvertedPlan> plans, Map<String, Map<String, Body>> fragments,
            List<Map<String, String>> more) {
        // the site model is made from the plans (their keys stand for their text, and everything conversion
        // reads), their entries (with their sources' dates) and the settings
        PageInputs siteParts = new PageInputs(templates, config, siteSettings, site, plans, fragments);
        String model = siteParts.everything();
        boolean ownEntry = siteParts.planPagesReadOwnEntry();
        List<Page> pages = new ArrayList<>();
        // the site-wide pages first: a few of them are large (people, compare pages), and started last they
        // left one thread rendering alone at the end
        List<Map<String, String>> sitePages = new ArrayList<>((List<Map<String, String>>) site.get("pages"));
        sitePages.addAll(more);
        for (Map<String, String> p : sitePages) {
            DocumentModel doc = sitePage(p);
            pages.add(new Page(p.get("uri"), doc, null, Store.key(siteParts.of(p.get("type"), p.get("kind")), describe(doc, true))));
        }
        if (cfg.getRenderIndex()) pages.add(new Page(cfg.getIndexFileName(), null, null, siteParts.of("masterindex", null)));
        if (cfg.getRenderSiteMap() && org.planpress.site.SiteHost.of(config) != null) {
            pages.add(new Page(cfg.getSiteMapFileName(), null, null, siteParts.of("sitemap", null)));
        }
        if (cfg.getRenderError404()) pages.add(new Page(cfg.getError404FileName(), null, null, siteParts.of("error404", null)));
        for (ConvertedPlan c : plans) {
            DocumentModel doc = planPage(c);
            // the page's body is made from what its key says
            String inputs = !ownEntry ? model
                    : Store.key(siteSettings, c.key(), siteParts.entry(c.plan().id()), describe(doc, false));
            pages.add(new Page(SiteModel.planUrl(c.plan().id()), doc, c.body(), inputs));
        }
        return pages;
    }

    @Override
    public String kind() {
        return "page";
    }

    @Override
    public String key(Page p) {
        return Store.key(p.inputs(), p.uri());
    }

    @Override
    public Baked make(Page p) throws IOException {
        try {
            if (p.body() != null) renderer.render(withBody(p.doc(), p.body().html()));
            else if (p.doc() != null) renderer.render(p.doc());
            else if (p.uri().equals(cfg.getIndexFileName())) renderer.renderIndex(p.uri());
            else if (p.uri().equals(cfg.getSiteMapFileName())) renderer.renderSitemap(p.uri());
            else renderer.renderError404(p.uri());
        } catch (Exception e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            if (root != e && root.getMessage() != null) msg += ": " + root.getMessage();
            throw new IOException("template rendering failed for " + p.uri() + ": " + msg.lines().findFirst().orElse(msg), e);
        }
        Path file = destination.resolve(p.uri());
        return Baked.of(p.uri(), file, shared(PageLinks.ofUtf8(Files.readAllBytes(file))));
    }

    /** What the store keeps of a page besides its file and its ids (a part read when needed). */
    private record Stored(String uri, List<String> targets, String idsDigest) {
    }

    @Override
    public boolean inMemory() {
        return false; // a page is a file; the store hands out its own
    }

    @Override
    public Map<String, byte[]> encode(Baked b) throws IOException {
        byte[] ids = Baked.joined(b.ids()).getBytes(StandardCharsets.UTF_8);
        return Map.of("page.json", JSON.writeValueAsBytes(new Stored(b.uri(), b.targets(), b.idsDigest())), "ids", ids);
    }

    @Override
    public boolean apart(String part) {
        return part.equals("ids");
    }

    @Override
    public Map<String, Path> files(Baked b) {
        return Map.of("page.html", b.html());
    }

    @Override
    public Baked decode(Store.Entry e) {
        if (!e.files().containsKey("page.html") || !e.parts().containsKey("page.json")) return null;
        try {
            Stored s = JSON.readValue(e.parts().get("page.json"), Stored.class);
            if (s.targets() == null || s.idsDigest() == null || !e.apart().containsKey("ids")) return null;
            return new Baked(s.uri(), e.files().get("page.html"), null, s.targets(), s.idsDigest(), e.apart().get("ids"));
        } catch (IOException | RuntimeException x) {
            return null;
        }
    }

    /**
     * Puts a page taken from the store into the output (one rendered now is there already); it keeps the time
     * it was rendered, so a server's Last-Modified and ETag stay as they were.
     */
    public void write(Baked b) throws IOException {
        Path file = destination.resolve(b.uri());
        if (file.equals(b.html())) return;
        Files.createDirectories(file.getParent());
        Store.link(b.html(), file);
    }

    /** Copies the theme's assets. */
    public void copyAssets() throws BuildFailure {
        Asset assets = new Asset(cfg);
        assets.copy();
        if (!assets.getErrors().isEmpty()) {
            Throwable t = assets.getErrors().get(0);
            throw BuildFailure.of("assets", "cannot copy the theme's assets: " + t.getMessage(), t);
        }
    }

    @Override
    public void close() {
        site = null;
    }

    /** The strings this bake's page links are made of, each kept once. */
    private final Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What the link check reads of {@code links}, its links and ids (not its anchors and headings), each string
     * shared with the other pages': most links repeat on every page (navigation, style sheets, scripts, the
     * same-section bars), and the pages rendered now keep theirs until the link check (a cold build of 10,000 plans:
     * 13 million strings).
     */
    private PageLinks shared(PageLinks links) {
        List<String> hrefs = new ArrayList<>(links.links().size());
        for (String l : links.links()) hrefs.add(strings.computeIfAbsent(l, k -> k));
        return new PageLinks(links.ids(), hrefs, List.of(), List.of());
    }

    private static DocumentModel withBody(DocumentModel doc, String body) {
        DocumentModel d = new DocumentModel();
        d.putAll(doc);
        d.setBody(body);
        return d;
    }

    /** The JBake document for a plan page without its body (see {@link Page}): the header fields templates use. */
    static DocumentModel planPage(ConvertedPlan c) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        String uri = SiteModel.planUrl(c.plan().id());
        doc.setTitle(c.plan().title());
        doc.setType("plan");
        doc.setStatus("published");
        doc.setUri(uri);
        doc.setSourceUri(uri);
        doc.setFile(c.source().displayPath());
        doc.setRootPath("../");
        doc.setDate(new Date(0));
        doc.setTags(new String[0]);
        doc.put("plan_id", c.plan().id());
        doc.put("lang", c.plan().lang());
        doc.put("ui_lang", Messages.uiLang(c.plan().lang()));
        if (c.plan().issuer() != null) doc.put("issuer", c.plan().issuer());
        if (c.plan().year() != null) doc.put("year", String.valueOf(c.plan().year()));
        if (c.plan().description() != null) doc.put("description", c.plan().description());
        for (Map.Entry<String, String> e : c.attributes().entrySet()) {
            if (e.getKey().startsWith("plan-")) doc.put(e.getKey(), e.getValue());
        }
        return doc;
    }

    private static DocumentModel sitePage(Map<String, String> p) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setType(p.get("type"));
        doc.setUri(p.get("uri"));
        doc.setTitle(p.get("title"));
        doc.setStatus("published");
        doc.setRootPath(p.get("rootpath"));
        doc.setBody(p.getOrDefault("body", ""));
        doc.setDate(new Date(0));
        doc.setTags(new String[0]);
        for (Map.Entry<String, String> e : p.entrySet()) doc.put(e.getKey(), e.getValue());
        return doc;
    }

    /** A document's fields as text (arrays by their elements), with or without its body. */
    private static String describe(DocumentModel doc, boolean withBody) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(doc).entrySet()) {
            if (!withBody && e.getKey().equals("body")) continue;
            Object v = e.getValue();
            sb.append(e.getKey()).append('=').append(v instanceof Object[] a ? java.util.Arrays.toString(a) : v instanceof Date d ? d.getTime() : v).append('\n');
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object withoutLastmod(Object siteSettings) {
        Map<String, Object> m = new TreeMap<>((Map<String, Object>) siteSettings);
        m.remove("lastmod");
        return m;
    }

    /** A digest of every file under {@code dir}, by path and contents. */
    private static String digest(Path dir) throws IOException {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(dir.relativize(p) + "\n" + Store.key(Files.readAllBytes(p)));
            }
        }
        parts.add(Store.codeVersion());
        return Store.key(parts.toArray(String[]::new));
    }

    private static CompositeConfiguration defaults() throws Exception {
        CompositeConfiguration c = new CompositeConfiguration();
        org.apache.commons.configuration2.PropertiesConfiguration p = new org.apache.commons.configuration2.PropertiesConfiguration();
        try (var in = Oven.class.getClassLoader().getResourceAsStream("default.properties")) {
            new org.apache.commons.configuration2.io.FileHandler(p).load(in, "UTF-8");
        }
        c.addConfiguration(p);
        return c;
    }
}
