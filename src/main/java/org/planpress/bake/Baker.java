package org.planpress.bake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.planpress.diag.BuildFailure;
import org.planpress.parse.ConvertedPlan;

/**
 * Stage 4: bakes the converted plans into HTML pages with JBake 2.7 embedded as a library, using the
 * theme's Freemarker templates and JBake's usual data model, plus {@code planpress} (the site model).
 */
public final class Baker {
    private static volatile Map<String, Object> site;

    private Baker() {
    }

    /** The key of a source file: its real path, so a linked copy of the content folder finds the same plan. */
    static Path key(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    static Map<String, Object> currentSite() {
        return site;
    }

    /**
     * Bakes into {@code destination}.
     *
     * @param source source directory (JBake's source folder)
     * @param content content directory
     * @param theme directory holding templates/ and assets/
     * @param config site configuration (bundled jbake.properties with the user's over it)
     * @return the number of plan pages
     */
    public static synchronized int bake(Path source, Path content, Path theme, Path destination, Properties config,
            List<ConvertedPlan> plans, Map<String, Object> siteModel) throws BuildFailure {
        Map<Path, ConvertedPlan> byFile = new HashMap<>();
        for (ConvertedPlan c : plans) byFile.put(key(c.source().file()), c);
        PlanEngine engine = new PlanEngine(byFile);
        for (String ext : new String[] {"adoc", "ad", "asciidoc"}) Engines.register(ext, engine);
        site = siteModel;
        try {
            CompositeConfiguration composite = new CompositeConfiguration();
            Map<String, Object> map = new HashMap<>();
            for (String k : config.stringPropertyNames()) map.put(k, config.getProperty(k));
            composite.addConfiguration(new MapConfiguration(map));
            CompositeConfiguration defaults = defaults();
            composite.addConfiguration(defaults);
            DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), composite, true);
            cfg.setContentFolder(content.toFile());
            cfg.setTemplateFolder(theme.resolve("templates").toFile());
            cfg.setAssetFolder(theme.resolve("assets").toFile());
            cfg.setDataFolder(theme.resolve("data").toFile());
            cfg.setDestinationFolder(destination.toFile());
            Oven oven = new Oven(cfg);
            oven.bake();
            List<Throwable> errors = oven.getErrors();
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
