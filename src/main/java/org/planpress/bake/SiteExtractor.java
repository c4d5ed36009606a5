package org.planpress.bake;

import java.util.List;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * Makes the PlanPress site model available to every template as {@code planpress} (registered in
 * {@code META-INF/org.jbake.template.ModelExtractors.properties}, JBake's own extension point).
 * JBake 2.7's Freemarker adapter wraps every extractor result as a sequence, so the model comes as a
 * one-element list: templates start with {@code <#global pp = planpress?first>}.
 */
public final class SiteExtractor implements ModelExtractor<List<Map<String, Object>>> {
    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        Map<String, Object> site = Baker.currentSite();
        return site == null ? List.of() : List.of(site);
    }
}
