package org.planpress.importer;

import static org.planpress.importer.Imported.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents shaped as offices make them, built here with their real parts: a county notice with its red header,
 * automatic numbering, merged roster and schedule tables and typed page numbers; a WPS file whose headings are styles
 * named 标题 1 and 标题 2; a council's plan with a cover page and a table of contents; the same as .doc and PDF by
 * LibreOffice (whose PDF tables wrap their cells); a gov.uk page with a rowspan; a WeChat article; a GBK text file.
 */
class RealDocumentsTest {

    private static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("pp-real");
    }

    /** A county office's notice: red header, 文号 over a rule, numbered headings, merged tables, a page number, 抄送. */
    private static Path countyNotice() throws Exception {
        Path f = dir.resolve("county-notice.docx");
        if (Files.exists(f)) return f;
        return new RealDocx().list("chineseCounting", "%1、", "chineseCounting", "（%2）")
                .redHead("临川县人民政府办公室文件")
                .ruled("临政办发〔2024〕18号")
                .p(null, "center", true, "临川县人民政府办公室关于印发临川县2024年城乡环境卫生整治行动实施方案的通知")
                .p(null, null, false, "各乡镇人民政府，县直各有关单位：")
                .p(null, null, false, "现将《临川县2024年城乡环境卫生整治行动实施方案》印发给你们，请认真贯彻执行。")
                .p(null, "right", false, "临川县人民政府办公室")
                .p(null, "right", false, "2024年3月15日")
                .p(null, "center", true, "临川县2024年城乡环境卫生整治行动实施方案")
                .p(null, null, false, "为进一步改善城乡人居环境，提升群众幸福感，结合我县实际，制定本方案。")
                .numbered("1", 0, "组织领导")
                .p(null, null, false, "成立临川县城乡环境卫生整治行动领导小组，成员如下：")
                .table(new String[] {"职务", "姓名", "单位及职务"}, new String[] {"组长", "王建国", "县人民政府县长"},
                        new String[] {"!副组长", "李明", "县人民政府副县长"}, new String[] {"^", "赵红梅", "县住建局局长"},
                        new String[] {"!成员", "孙强", "县城管局局长"}, new String[] {"^", "周丽", "县生态环境分局局长"},
                        new String[] {"^", "吴刚", "县农业农村局局长"})
                .numbered("1", 0, "实施步骤")
                .table(new String[] {"阶段", "时间", "工作内容", "责任单位"},
                        new String[] {"动员部署阶段", "2024年3月15日—3月31日", "制定方案，召开动员会", "县住建局"},
                        new String[] {"集中整治阶段", "2024年4月1日—9月30日", "开展垃圾清理、河道整治", "各乡镇"},
                        new String[] {"巩固提升阶段", "2024年10月1日—12月31日", "总结经验，建立长效机制", "领导小组办公室"})
                .numbered("1", 0, "工作要求")
                .numbered("1", 1, "加强组织领导")
                .p(null, null, false, "各乡镇、各部门要高度重视，主要负责同志亲自抓。")
                .p(null, null, false, "各乡镇要于2024年4月10日前将整治工作方案报县住建局，每月25日前报送工作进展情况，12月20日前报送年度工作总结，逾期未报的予以通报。")
                .p(null, "center", false, "— 3 —")
                .p(null, null, false, "附件：临川县城乡环境卫生整治任务分解表")
                .p(null, null, true, "附件")
                .p(null, "center", true, "临川县城乡环境卫生整治任务分解表")
                .table(new String[] {"任务", "具体内容", "牵头单位"}, new String[] {"!农村垃圾治理", "清理积存垃圾", "!县住建局"},
                        new String[] {"^", "建设垃圾收集点", "^"}, new String[] {"河道清理", "清除河道漂浮物", "县水利局"})
                .p(null, null, false, "抄送：县委办公室，县人大常委会办公室，县政协办公室。")
                .p(null, null, false, "临川县人民政府办公室                2024年3月15日印发")
                .write(f);
    }

    /** A council's plan: a cover page in a content control, a table of contents, a Governance table with merged cells. */
    private static Path councilPlan() throws Exception {
        Path f = dir.resolve("council-plan.docx");
        if (Files.exists(f)) return f;
        return new RealDocx().style("Heading1", "heading 1", 0)
                .p(null, "center", false, "Harlow Vale District Council")
                .p("Title", null, false, "Community Litter Pick Action Plan 2025")
                .p(null, "center", false, "Version 1.2")
                .p(null, "center", false, "Published: 3 March 2025")
                .control("Table of Contents", "Contents", "1. Introduction\t2", "2. Governance\t2", "3. Timeline\t3")
                .p("Heading1", null, false, "1. Introduction")
                .p(null, null, false, "This plan sets out how the Council will work with residents to remove litter from parks and verges.")
                .p("Heading1", null, false, "2. Governance")
                .table(new String[] {"Role", "Name", "Position"}, new String[] {"Chair", "Cllr Janet Moore", "Cabinet Member for Environment"},
                        new String[] {"!Members", "Amira Khan", "Community Engagement Officer"}, new String[] {"^", "Tom Bradley", "Parks Manager"},
                        new String[] {"Secretary", "Democratic Services (to be confirmed)", "<"})
                .p("Heading1", null, false, "3. Timeline")
                .table(new String[] {"Phase", "Dates", "Activities"},
                        new String[] {"Planning", "6 January – 14 February 2025", "Agree sites, order kit, recruit volunteers"},
                        new String[] {"Delivery", "1 March – 30 April 2025", "Weekend litter picks at 40 sites across the district"},
                        new String[] {"Review", "May 2025", "Report results to Cabinet"})
                .p(null, null, false, "Contact: streetscene@harlowvale.gov.uk")
                .write(f);
    }

    private static Path converted(Path f, String format) throws Exception {
        Assumptions.assumeTrue(Make.has("soffice"), "LibreOffice (soffice) is not installed");
        return Make.soffice(List.of(f), format, dir).get(0);
    }

    private static void countyChecks(Imported r) throws Exception {
        assertEquals("临川县2024年城乡环境卫生整治行动实施方案", r.plan().title());
        assertEquals("临川县人民政府办公室", r.plan().issuer());
        assertEquals("临政办发〔2024〕18号", r.plan().number());
        assertEquals("2024-03-15", r.plan().date());
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 3), r.people());
        assertEquals(List.of("动员部署阶段", "集中整治阶段", "巩固提升阶段"), r.stages());
        assertEquals(List.of("2024年3月15日—3月31日", "2024年4月1日—9月30日", "2024年10月1日—12月31日"), r.periods());
        r.has("== 一、组织领导", "== 三、工作要求", "=== （一）加强组织领导", "主要负责同志亲自抓。");
        r.lacks("— 3 —", "抄送", "现将");
    }

    @Test
    void countyNoticeFromWord() throws Exception {
        Imported r = Imported.of(countyNotice());
        countyChecks(r);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("left out (a page number)")), r.notes().toString());
        // a kept table's merged cells read on in every row they cover, as on paper
        r.has("|农村垃圾治理 |清理积存垃圾 |县住建局", "|农村垃圾治理 |建设垃圾收集点 |县住建局");
    }

    @Test
    void countyNoticeAsDocAndPdf() throws Exception {
        countyChecks(Imported.of(converted(countyNotice(), "doc:MS Word 97")));
        // LibreOffice's PDF wraps the cells of the narrow columns: they are read back as one cell each
        Imported pdf = Imported.of(converted(countyNotice(), "pdf"));
        countyChecks(pdf);
        pdf.has("|动员部署阶段 |2024年3月15日—3月31日 |制定方案，召开动员会 |县住建局");
        // a wrapped paragraph whose digits are set in another font (of another size) is still one paragraph
        pdf.has("各乡镇要于2024年4月10日前将整治工作方案报县住建局，每月25日前报送工作进展情况，12月20日前报送年度工作总结，逾期未报的予以通报。");
    }

    @Test
    void headingStylesNamedInChinese() throws Exception {
        Path f = new RealDocx().style("1", "标题 1", 0).style("2", "标题 2", 1)
                .p("Title", null, false, "青溪镇2025年全民健身月活动方案")
                .p(null, null, false, "为丰富群众文化体育生活，镇政府决定于2025年8月举办全民健身月活动。")
                .p("1", null, false, "活动主题")
                .p(null, null, false, "全民健身 健康青溪")
                .p("1", null, false, "组织机构")
                .p("2", null, false, "领导小组")
                .p(null, null, false, "组  长：陈志远（镇长）")
                .p(null, null, false, "副组长：刘晓燕（副镇长）、黄伟（镇文化站站长）")
                .p("1", null, false, "保障措施")
                .p(null, null, false, "镇财政安排专项经费5万元。")
                .p(null, "right", false, "青溪镇人民政府")
                .p(null, "right", false, "2025年6月20日")
                .write(dir.resolve("wps-styles.docx"));
        Imported r = Imported.of(f);
        r.has("== 活动主题", "== 组织机构", "=== 领导小组", "== 保障措施");
        assertEquals(roles("组长", 1, "副组长", 2), r.people());
        assertEquals("青溪镇人民政府", r.plan().issuer());
    }

    private static void councilChecks(Imported r) throws Exception {
        assertEquals("Community Litter Pick Action Plan 2025", r.plan().title());
        assertEquals("Harlow Vale District Council", r.plan().issuer());
        assertEquals("2025-03-03", r.plan().date());
        assertEquals(roles("Chair", 1, "Members", 2, "Secretary", 1), r.people());
        assertEquals(List.of("Planning", "Delivery", "Review"), r.stages());
        assertEquals(List.of("6 January – 14 February 2025", "1 March – 30 April 2025", "May 2025"), r.periods());
        r.has("== 1. Introduction", "== 3. Timeline", "Version 1.2", "Contact: streetscene@harlowvale.gov.uk");
        r.lacks("Contents", "Introduction\t", "TOC \\");
    }

    @Test
    void councilPlanWithCoverPageAndContents() throws Exception {
        Imported r = Imported.of(councilPlan());
        councilChecks(r);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("left out (the table of contents")), r.notes().toString());
    }

    @Test
    void councilPlanAsDocAndPdf() throws Exception {
        councilChecks(Imported.of(converted(councilPlan(), "doc:MS Word 97")));
        Imported pdf = Imported.of(converted(councilPlan(), "pdf"));
        councilChecks(pdf);
        pdf.has("Tom Bradley (Parks Manager)", "Democratic Services (to be confirmed)");
    }

    @Test
    void labelAndPeopleTableWithACaption() throws Exception {
        Path f = new RealDocx()
                .p(null, "center", false, "St Aidan's Primary School")
                .p("Title", null, false, "Reading Week Plan")
                .p(null, null, true, "1. Organisation")
                .table(new String[] {"Reading Week team", "<"}, new String[] {"Lead", "Mrs Sarah Patel (English Lead)"},
                        new String[] {"Members", "Mr Owen Davies (Year 6 teacher); Miss Ruth Allen (Librarian)"})
                .p(null, null, true, "2. Schedule")
                .p(null, null, false, "Reading Week (24–28 February 2025): daily reading sessions in every class, a book swap in the hall and an author visit.")
                .p(null, null, false, "Follow-up (March 2025): pupils review their favourite books.")
                .p(null, null, false, "Approved by the Governing Body, 20 January 2025")
                .write(dir.resolve("school.docx"));
        for (Path file : new Path[] {f, converted(f, "pdf")}) {
            Imported r = Imported.of(file);
            assertEquals("Reading Week Plan", r.plan().title(), file.toString());
            // the school named over the title issues the plan; the Governing Body only approved it
            assertEquals("St Aidan's Primary School", r.plan().issuer(), file.toString());
            assertEquals("2025-01-20", r.plan().date());
            assertEquals(roles("Lead", 1, "Members", 2), r.people());
            assertEquals(List.of("Reading Week", "Follow-up"), r.stages());
            r.has("Reading Week team\n");
        }
    }

    @Test
    void govUkPageWithRowspanAndMetadata() throws Exception {
        Path f = dir.resolve("govuk.html");
        Files.writeString(f, """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Winter Resilience Plan 2024 to 2025 - GOV.UK</title></head>
                <body><header class="govuk-header"><a href="/">GOV.UK</a></header><main id="main-content">
                <h1 class="gem-c-title__text">Winter Resilience Plan 2024 to 2025</h1>
                <p class="gem-c-lead-paragraph">How the Department for Transport will keep the strategic road network open during winter.</p>
                <div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/dft">Department for Transport</a></dd><dt>Published</dt><dd>14 October 2024</dd></dl></div>
                <div class="gem-c-contents-list"><h2>Contents</h2><ol><li><a href="#g">Governance</a></li><li><a href="#t">Timeline</a></li><li><a href="#m">Monitoring</a></li></ol></div>
                <div class="govspeak"><h2 id="g">Governance</h2>
                <table><thead><tr><th>Role</th><th>Name</th><th>Position</th></tr></thead><tbody>
                <tr><td>Chair</td><td>Helen Carter</td><td>Director of Network Operations</td></tr>
                <tr><td rowspan="2">Members</td><td>Priya Shah</td><td>Regional Operations Manager</td></tr>
                <tr><td>Liam O'Connor</td><td>Communications Lead</td></tr></tbody></table>
                <h2 id="t">Timeline</h2>
                <table><thead><tr><th>Phase</th><th>Dates</th><th>Activities</th></tr></thead><tbody>
                <tr><td>Preparation</td><td>1 September – 31 October 2024</td><td>Salt stocks</td></tr>
                <tr><td>Operations</td><td>1 November 2024 – 31 March 2025</td><td>Gritting</td></tr></tbody></table>
                <h2 id="m">Monitoring</h2><p>The Board will meet monthly from September 2024.</p></div></main>
                <footer class="govuk-footer"><p>© Crown copyright</p></footer></body></html>
                """);
        Imported r = Imported.of(f);
        assertEquals("Department for Transport", r.plan().issuer());
        assertEquals("2024-10-14", r.plan().date());
        assertEquals(roles("Chair", 1, "Members", 2), r.people());
        assertEquals(List.of("Preparation", "Operations"), r.stages());
        r.lacks("== Contents", "{two-colons}");
        r.has("How the Department for Transport will keep");
    }

    @Test
    void weChatArticleFurniture() throws Exception {
        Path f = dir.resolve("wechat.html");
        Files.writeString(f, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展“书香校园”读书月活动的方案</title></head><body>
                <div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">关于开展“书香校园”读书月活动的方案</h1>
                <div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">教务处</span>
                <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-04-02 18:30</em></div>
                <div class="rich_media_content" id="js_content">
                <section><span>为营造浓厚的读书氛围，学校决定于4月开展读书月活动。</span></section>
                <section><span><strong>一、领导小组</strong></span></section>
                <section><span>组长：</span><span>张文华</span><span>（校长）</span></section>
                <section><span>副组长：李娜（副校长）、王海（教务处主任）</span></section>
                <section><span><strong>二、活动安排</strong></span></section>
                <section><p><span>1.启动阶段（4月8日—4月12日）：举行启动仪式。</span></p></section>
                <section><p><span>2.展示阶段（5月6日—5月8日）：举办读书成果展。</span></p></section>
                <section style="text-align:right"><span>实验小学教务处</span><br><span>2024年4月2日</span></section>
                </div><div class="rich_media_tool"><span id="readNum3">阅读 2301</span> <a>赞</a> <a>在看</a></div>
                <div id="js_pc_qr_code">微信扫一扫<br>关注该公众号</div></div></body></html>
                """);
        Imported r = Imported.of(f);
        assertEquals("实验小学教务处", r.plan().issuer());
        assertEquals(roles("组长", 1, "副组长", 2), r.people());
        assertEquals(List.of("启动阶段", "展示阶段"), r.stages());
        r.lacks("18:30", "阅读 2301", "公众号");
    }

    @Test
    void gbkTextWithFullWidthIndents() throws Exception {
        String t = "　　　　　　柳河镇2024年秋冬季森林防火工作实施方案\n\n　　为切实做好秋冬季森林防火工作，制定本方案。\n　　一、组织机构\n"
                + "　　指 挥 长：马德胜　镇党委书记\n　　副指挥长：韩立新　镇长\n　　二、工作步骤\n　　（一）宣传发动阶段（2024年10月1日—10月15日）\n"
                + "　　通过广播、横幅等方式，提高群众防火意识。\n　　（二）总结阶段（2025年5月1日—5月15日）\n　　全面总结防火工作。\n\n"
                + "　　　　　　　　　　　　柳河镇人民政府\n　　　　　　　　　　　　2024年9月25日\n";
        Path f = dir.resolve("gbk.txt");
        Files.write(f, t.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
        Imported r = Imported.of(f);
        assertEquals("柳河镇2024年秋冬季森林防火工作实施方案", r.plan().title());
        assertEquals("柳河镇人民政府", r.plan().issuer());
        assertEquals(roles("指挥长", 1, "副指挥长", 1), r.people());
        assertEquals(List.of("宣传发动阶段", "总结阶段"), r.stages());
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(r.adoc()));
    }
}
