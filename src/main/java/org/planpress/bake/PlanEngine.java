package org.planpress.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.Messages;

/**
 * JBake's markup engine for AsciiDoc files in a PlanPress bake. The conversion has already happened in
 * {@link org.planpress.parse.PlanConverter} (SAFE mode, in parallel, with diagnostics); this engine hands
 * JBake the result for each file, so JBake's crawler, store and renderers work as usual.
 */
final class PlanEngine extends MarkupEngine {
    private final Map<Path, ConvertedPlan> plans;

    PlanEngine(Map<Path, ConvertedPlan> plans) {
        this.plans = plans;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        ConvertedPlan c = plans.get(Baker.key(file.toPath()));
        if (c == null) return null;
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setTitle(c.plan().title());
        doc.setBody(c.bodyHtml());
        doc.setType(config.getDefaultType());
        doc.setStatus(config.getDefaultStatus());
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

    @Override
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("PlanPress uses JBake's JBakeConfiguration API");
    }
}
