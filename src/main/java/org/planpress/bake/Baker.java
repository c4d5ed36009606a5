package org.planpress.bake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.planpress.diag.BuildFailure;
import org.planpress.convert.ConvertedPlan;

/**
 * Stage 5: bakes the converted plans into HTML pages with JBake 2.7 embedded as a library, using the
 * theme's Freemarker templates and JBake's usual data model, plus {@code planpress} (the site model).
 */
public final class Baker {
    private static volatile Map<String, Object> site;
    private static volatile List<ConvertedPlan> pagePlans = List.of();
    private static volatile List<Map<String, String>> sitePages;
    private static volatile int renderThreads = 1;

    private Baker() {
    }

    static Map<String, Object> currentSite() {
        return site;
    }

    static List<ConvertedPlan> currentPlans() {
        return pagePlans;
    }

    /** The site-wide pages to render: those of the site model, or the subset a serve rebuild asked for. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> currentPages() {
        List<Map<String, String>> p = sitePages;
        return p != null ? p : (List<Map<String, String>>) site.get("pages");
    }

    static int renderThreads() {
        return renderThreads;
    }

    /**
     * Bakes into {@code destination}: the given plans' pages, the site-wide pages listed in the site model,
     * the index, sitemap and 404 page, and the theme's assets.
     *
     * @param source source directory (JBake's source folder)
     * @param theme directory holding templates/ and assets/
     * @param config site configuration (bundled jbake.properties with the user's over it)
     * @param plans the plans whose pages to render (all of them, or the changed ones in a serve session)
     * @param pages the site-wide pages to render (entries of the site model's {@code pages}), or null for all of
     *        them; the site model itself stays whole, so the sitemap and navigation still list every page
     * @param threads pages rendered at a time
     * @return the number of plan pages
     */
    public static synchronized int bake(Path source, Path theme, Path destination, Properties config,
            List<ConvertedPlan> plans, Map<String, Object> siteModel, List<Map<String, String>> pages, int threads)
            throws BuildFailure {
        site = siteModel;
        pagePlans = plans;
        sitePages = pages;
        renderThreads = threads;
        try {
            CompositeConfiguration composite = new CompositeConfiguration();
            Map<String, Object> map = new HashMap<>();
            for (String k : config.stringPropertyNames()) map.put(k, config.getProperty(k));
            composite.addConfiguration(new MapConfiguration(map));
            CompositeConfiguration defaults = defaults();
            composite.addConfiguration(defaults);
            DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), composite, true);
            cfg.setTemplateFolder(theme.resolve("templates").toFile());
            cfg.setAssetFolder(theme.resolve("assets").toFile());
            cfg.setDataFolder(theme.resolve("data").toFile());
            cfg.setDestinationFolder(destination.toFile());
            // What JBake's Oven does after crawling, without its OrientDB content store (2.5 s to start on this
            // machine, and nothing we render reads from it): JBake's renderer and Freemarker engine render the
            // index, sitemap and 404 page and, through SitePagesRenderer, our pages; JBake's Asset copies assets.
            ContentStore db = new ContentStore("memory", "planpress");
            Renderer renderer = new Renderer(db, cfg);
            List<Throwable> errors = new java.util.ArrayList<>();
            try {
                new SitePagesRenderer().render(renderer, db, cfg);
                if (cfg.getRenderIndex()) renderer.renderIndex(cfg.getIndexFileName());
                // the sitemaps.org schema wants absolute locations: no sitemap without site.host (check warns)
                if (cfg.getRenderSiteMap() && org.planpress.site.SiteHost.of(config) != null) {
                    renderer.renderSitemap(cfg.getSiteMapFileName());
                }
                if (cfg.getRenderError404()) renderer.renderError404(cfg.getError404FileName());
            } catch (Exception e) {
                errors.add(e);
            }
            Asset assets = new Asset(cfg);
            assets.copy();
            errors.addAll(assets.getErrors());
            if (!errors.isEmpty()) {
                Throwable t = errors.get(0);
                String msg = t.getMessage() == null ? t.toString() : t.getMessage();
                Throwable root = t;
                while (root.getCause() != null) root = root.getCause();
                if (root != t && root.getMessage() != null) msg += ": " + root.getMessage();
                throw BuildFailure.of("templates", "template rendering failed: " + msg.lines().findFirst().orElse(msg), t);
            }
            return plans.size();
        } catch (BuildFailure f) {
            throw f;
        } catch (Exception e) {
            throw BuildFailure.of("jbake.properties", "JBake could not bake the site: " + e.getMessage(), e);
        } finally {
            site = null;
            pagePlans = List.of();
            sitePages = null;
        }
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
