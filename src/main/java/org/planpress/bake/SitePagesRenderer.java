package org.planpress.bake;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders the site-wide pages (people, calendar, terms, search, compare/*) through JBake's renderer and
 * templates, as JBake renders its index and sitemap. Registered as a JBake {@link RenderingTool} by SPI;
 * does nothing outside a PlanPress bake.
 */
public final class SitePagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Map<String, Object> site = Baker.currentSite();
        if (site == null) return 0;
        @SuppressWarnings("unchecked")
        List<Map<String, String>> pages = (List<Map<String, String>>) site.get("pages");
        int n = 0;
        for (Map<String, String> p : pages) {
            DocumentModel doc = DocumentModel.createDefaultDocumentModel();
            doc.setType(p.get("type"));
            doc.setUri(p.get("uri"));
            doc.setTitle(p.get("title"));
            doc.setStatus("published");
            doc.setRootPath(p.get("rootpath"));
            doc.setBody("");
            doc.setDate(new java.util.Date(0));
            doc.setTags(new String[0]);
            for (Map.Entry<String, String> e : p.entrySet()) doc.put(e.getKey(), e.getValue());
            try {
                renderer.render(doc);
                n++;
            } catch (Exception e) {
                throw new RenderingException("failed to render " + p.get("uri") + ": " + e.getMessage());
            }
        }
        return n;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return 0;
    }
}
