package org.planpress.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanConverter;
import org.planpress.diag.Diagnostics;
import org.planpress.source.PlanSource;
import org.planpress.store.Store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The data files made of each plan's part are the files made of all plans at once. */
class DataFeedsTest {
    private static final String[] PLANS = {
            """
            = Road safety plan 2024
            :plan-issuer: Project Office <North>
            :description: Commas, semicolons; back\\\\slashes

            == Implementation steps

            [.timeline]
            Mobilization, survey; review:: June 2024
            Full implementation:: July to November 2024
            """,
            """
            = 2024年安全生产月活动方案
            :lang: zh-CN

            == 组织领导

            [.roster]
            组  长:: 张三 县长
            成  员:: 李四、各村支部书记

            == 实施步骤

            [.timeline]
            第一阶段：全面排查港区各码头泊位装卸机械与危险货物罐区应急物资储备情况:: 2024年5月下旬至6月上旬
            第二阶段:: 6月
            """,
            """
            = A plan without stages
            """ };

    @Test
    void theFilesAreThePlansPartsOneAfterAnother(@TempDir Path dir) throws Exception {
        List<ConvertedPlan> plans = new ArrayList<>();
        Files.createDirectories(dir.resolve("content/plans"));
        PlanConverter converter = new PlanConverter(dir, dir.resolve("content"), false);
        for (int i = 0; i < PLANS.length; i++) {
            Path file = Files.createDirectories(dir.resolve("content/plans")).resolve("p" + i + ".adoc");
            Files.writeString(file, PLANS[i]);
            Diagnostics diags = new Diagnostics();
            plans.add(converter.convert(new PlanSource("p" + i, file, "content/plans/p" + i + ".adoc", PLANS[i]), diags));
            assertFalse(diags.hasErrors(), diags.sorted().toString());
        }
        List<ConvertedPlan> ordered = DataFeeds.order(plans);
        for (String host : new String[] {null, "http://intranet/plans/"}) {
            DataFeeds.Parts step = new DataFeeds.Parts(host);
            List<DataFeeds.Part> parts = new ArrayList<>();
            for (ConvertedPlan c : ordered) parts.add(step.decode(new Store.Entry(step.encode(step.make(c)), Map.of(), Map.of())));
            Path site = Files.createDirectories(dir.resolve("site" + (host == null ? "" : "-hosted")));
            DataFeeds.write(site, parts);

            // plans.json as Jackson indents the whole document
            List<Object> entries = new ArrayList<>();
            for (ConvertedPlan c : ordered) entries.add(DataFeeds.entry(c));
            String whole = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("plans", entries))
                    .replace(System.lineSeparator(), "\n") + "\n";
            assertEquals(whole, Files.readString(site.resolve("plans.json")));
            assertEquals("{\n  \"plans\" : [ ]\n}\n", DataFeeds.plansJson(List.of()), "as Jackson writes an empty array");

            // stages.ics as ical4j writes the whole calendar, then folded
            List<CalendarComponent> events = new ArrayList<>();
            for (ConvertedPlan c : ordered) events.addAll(DataFeeds.events(c, host));
            Calendar cal = new Calendar(new PropertyList(List.of(new ProdId("-//PlanPress//Plan stages//EN"),
                    ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN)), new ComponentList<>(events));
            String ics = Files.readString(site.resolve("stages.ics"));
            assertEquals(DataFeeds.ics(cal), ics);
            // 第二阶段 (6月) follows the year of the stage above it: 2024
            assertEquals(4, events.size(), "the stages whose year is stated or follows the stage above");
            assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        }
    }
}
