package org.planpress.bake;

import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * Makes the PlanPress site model available to every template as {@code planpress} (registered in
 * {@code META-INF/org.jbake.template.ModelExtractors.properties}, JBake's own extension point).
 */
public final class SiteExtractor implements ModelExtractor<Map<String, Object>> {
    @Override
    public Map<String, Object> get(ContentStore db, Map model, String key) {
        return Baker.currentSite();
    }
}
