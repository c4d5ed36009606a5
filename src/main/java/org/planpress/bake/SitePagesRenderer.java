package org.planpress.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.planpress.internal.Workers;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.planpress.convert.ConvertedPlan;
import org.planpress.i18n.Messages;
import org.planpress.site.SiteModel;

/**
 * Renders PlanPress's pages through JBake's renderer and templates: one page per plan (type {@code plan},
 * {@code template.plan.file}) and the site-wide pages (people, calendar, terms, search, compare/*), the way
 * JBake renders its own index and sitemap. A JBake {@link RenderingTool}, run by {@link Baker}; does nothing
 * outside a PlanPress bake.
 *
 * <p>The plans come already converted, so JBake's crawler and content store (OrientDB) are bypassed: on
 * 1,000 plans they took over half of the build, storing bodies no template reads from the store, and the
 * store alone takes 2.5 s to start. Plan pages are rendered several at a time (Freemarker templates are
 * thread-safe).
 */
public final class SitePagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Map<String, Object> site = Baker.currentSite();
        if (site == null) return 0;
        // the site-wide pages first: a few of them are large (people, compare pages), and started last they
        // left one thread rendering alone at the end
        List<DocumentModel> docs = new ArrayList<>();
        for (Map<String, String> p : Baker.currentPages()) docs.add(sitePage(p));
        for (ConvertedPlan c : Baker.currentPlans()) docs.add(planPage(c, config));
        try {
            Workers.mapUnchecked(docs, Baker.renderThreads(), doc -> {
                try {
                    renderer.render(doc);
                } catch (Exception e) {
                    throw new IllegalStateException("failed to render " + doc.getUri() + ": " + e.getMessage(), e);
                }
                return null;
            });
        } catch (IllegalStateException e) {
            throw new RenderingException(e.getMessage());
        }
        return docs.size();
    }

    /** The JBake document for a plan page: its body and the header fields templates use. */
    static DocumentModel planPage(ConvertedPlan c, JBakeConfiguration config) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        String uri = SiteModel.planUrl(c.plan().id());
        doc.setTitle(c.plan().title());
        doc.setBody(c.bodyHtml());
        doc.setType(config.getDefaultType());
        doc.setStatus(config.getDefaultStatus());
        doc.setUri(uri);
        doc.setSourceUri(uri);
        doc.setFile(c.source().file().toString());
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
        doc.setBody("");
        doc.setDate(new Date(0));
        doc.setTags(new String[0]);
        for (Map.Entry<String, String> e : p.entrySet()) doc.put(e.getKey(), e.getValue());
        return doc;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return 0;
    }
}
