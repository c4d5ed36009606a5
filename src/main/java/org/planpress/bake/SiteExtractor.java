package org.planpress.bake;

import java.util.List;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import freemarker.template.Configuration;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;

/**
 * Makes the PlanPress site model available to every template as {@code planpress} (registered in
 * {@code META-INF/org.jbake.template.ModelExtractors.properties}, JBake's own extension point).
 * JBake 2.7's Freemarker adapter wraps every extractor result as a sequence, so the model comes as a
 * one-element list: templates start with {@code <#global pp = planpress?first>}.
 *
 * <p>The model goes in already wrapped, as adapters over its maps and lists: JBake's object wrapper would
 * copy every map a template reads from, on every page (the 1,000 entries of {@code plans_by_id} for each
 * of 1,000 plan pages).
 */
public final class SiteExtractor implements ModelExtractor<List<Object>> {
    private static final DefaultObjectWrapper WRAPPER;

    static {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_32);
        b.setUseAdaptersForContainers(true);
        WRAPPER = b.build();
    }

    @Override
    public List<Object> get(ContentStore db, Map model, String key) {
        Map<String, Object> site = Baker.currentSite();
        return site == null ? List.of() : List.of(DefaultMapAdapter.adapt(site, WRAPPER));
    }
}
