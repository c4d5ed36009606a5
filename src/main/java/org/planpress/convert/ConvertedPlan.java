package org.planpress.convert;

import java.util.List;
import java.util.Map;

import org.planpress.model.Plan;
import org.planpress.source.PlanSource;

/**
 * A plan after conversion: its plain model, its HTML body and what the later stages need from the source.
 *
 * @param source the source it came from
 * @param plan the plain model (title, issuer, rosters, timelines, sections)
 * @param body the converted body, with roster card and timeline figure in place
 * @param terms index terms used, each with the ids of the sections using it ("" for the preamble)
 * @param attributes the plan's own attributes as strings: {@code plan-*} (for templates) and {@code keywords}
 * @param key the digest of what the body was made from: the conversion's key (see {@link ConversionStep}),
 *        and after the link stage that with the links inserted
 * @param modelKey the digest of {@code plan} and {@code terms}, what the site-wide pages show of it, as
 *        {@link ConversionStep} files them; null from {@link PlanConverter} itself, before they are filed
 */
public record ConvertedPlan(PlanSource source, Plan plan, Body body, Map<String, List<String>> terms,
        Map<String, String> attributes, String key, String modelKey) {
}
