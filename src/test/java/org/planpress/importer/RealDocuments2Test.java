package org.planpress.importer;

import static org.planpress.importer.Imported.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fourth round of documents as offices make them ({@link Docs2}): WPS styles (正文, 标题 2, 列出段落), a title in a
 * text box with footnotes and endnotes, tracked changes and fields, a roster table whose header row repeats on each
 * page; PDFs by LibreOffice of headings marked only by their Word style (in the body's type, bold, or larger),
 * headings whose number has nothing or a tab after it, justified Chinese, a running header and a 第 X 页 共 Y 页
 * footer; a school site laid out in one table, a page of lines between &lt;br&gt;, Markdown with ## 一、 headings.
 */
class RealDocuments2Test {

    private static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("pp-real2");
    }

    private static Path pdf(Path docx) throws Exception {
        Assumptions.assumeTrue(Make.has("soffice"), "LibreOffice (soffice) is not installed");
        return Make.soffice(List.of(docx), "pdf", dir).get(0);
    }

    /** The PDF without the outline (bookmarks) LibreOffice makes by default: only the type shows the headings. */
    private static Path pdfWithoutOutline(Path docx) throws Exception {
        Assumptions.assumeTrue(Make.has("soffice"), "LibreOffice (soffice) is not installed");
        return Make.soffice(List.of(docx), "pdf:writer_pdf_Export:{\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"false\"}}", dir).get(0);
    }

    @Test
    void wpsStylesAndListParagraphs() throws Exception {
        Path f = Docs2.wps(dir);
        for (Path file : new Path[] {f, pdf(f)}) {
            Imported r = Imported.of(file);
            assertEquals("南湖街道2025年夏季防溺水工作方案", r.plan().title(), file.toString());
            assertEquals("南湖街道办事处", r.plan().issuer());
            assertEquals(roles("组长", 1, "副组长", 2, "成员", 1), r.people());
            assertEquals(List.of("部署阶段", "实施阶段", "总结阶段"), r.stages());
            r.has("== 一、组织领导", "=== （一）开展隐患排查", "=== （二）加强宣传教育", "== 三、时间安排");
            // 列出段落 numbered by Word: a list, not a table of numbers and text (the PDF's tab after "1.")
            r.has("1. 对辖区内河道、池塘、水库逐一登记。", "2. 在危险水域设置警示牌和救生圈。");
            r.lacks("|===");
        }
    }

    @Test
    void titleInATextBoxWithFootnotesAndEndnotes() throws Exception {
        Path f = Docs2.textBoxNotes(dir);
        Imported r = Imported.of(f);
        assertEquals("Riverside Flood Preparedness Plan 2025", r.plan().title());
        // the box's DrawingML and its VML fallback are one box
        assertEquals(1, r.adoc().split("Riverside Flood Preparedness Plan 2025", -1).length - 1, r.adoc());
        r.has("prepare the riverside wards for winter flooding.", "[1] Flood zones as mapped by the Environment Agency in 2023.",
                "[i] Volunteers are insured under the council's public liability policy.");
        r.lacks("footnoteRef", "endnoteRef", "[1:");
        assertEquals(List.of("Preparation", "Response"), r.stages());
        Imported p = Imported.of(pdf(f));
        assertEquals("Riverside Flood Preparedness Plan 2025", p.plan().title());
        // the raised note marks are not run into the words they follow
        p.has("for winter flooding.", "Mrs Ellen Shaw\n", "Flood zones as mapped by the Environment Agency in 2023.",
                "Volunteers are insured under the council's public liability policy.");
        p.lacks("flooding1", "Shawi");
    }

    @Test
    void trackedChangesAndFields() throws Exception {
        Imported r = Imported.of(Docs2.tracked(dir));
        r.has("为巩固全国文明城市创建成果，制定本方案。", "召开动员会，张贴倡议书。", "清理楼道堆物。");
        r.lacks("国家全国", "王刚", "待定", "和小广告", "DATE", "PAGE", "— 1 —", "第 2 页");
        assertEquals(roles("组长", 1, "副组长", 2), r.people());
        assertEquals("2025-02-26", r.plan().date());
        assertEquals("东山社区居民委员会", r.plan().issuer());
    }

    @Test
    void textBoxNotesAndTrackedChangesInAnOldDoc() throws Exception {
        Assumptions.assumeTrue(Make.has("soffice"), "LibreOffice (soffice) is not installed");
        List<Path> docs = Make.soffice(List.of(Docs2.textBoxNotes(dir), Docs2.tracked(dir)), "doc:MS Word 97", dir);
        Imported box = Imported.of(docs.get(0));
        assertEquals("Riverside Flood Preparedness Plan 2025", box.plan().title());
        box.has("[1] Flood zones as mapped by the Environment Agency in 2023.", "[i] Volunteers are insured under the council's public liability policy.");
        Imported t = Imported.of(docs.get(1));
        // deleted runs are left out, inserted ones kept; a field shows its result, not its code
        t.has("为巩固全国文明城市创建成果，制定本方案。", "清理楼道堆物。");
        t.lacks("国家全国", "王刚", "待定", "和小广告", "NUMPAGES", "PAGE");
        assertEquals(roles("组长", 1, "副组长", 2), t.people());
    }

    @Test
    void rosterTableWithItsHeaderRowOnEveryPage() throws Exception {
        Path f = Docs2.rosterTable(dir);
        for (Path file : new Path[] {f, pdf(f)}) {
            Imported r = Imported.of(file);
            assertEquals(roles("组长", 1, "副组长", 2, "成员", 37), r.people(), file.toString());
            r.has("吕琳（第四十中学校长）", "王志强（第一中学校长）");
            r.lacks("姓名（", "职务:: ");
            assertEquals(List.of("自查阶段", "抽查阶段"), r.stages());
        }
    }

    @Test
    void justifiedChineseInAPdf() throws Exception {
        Imported r = Imported.of(pdf(Docs2.justifiedWithFurniture(dir, false)));
        for (int i = 0; i < 3; i++) r.has(Docs2.longZh(i) + "\n");
        r.has("=== （三）任务三", "== 三、实施步骤");
        assertEquals(roles("组长", 1, "副组长", 2), r.people());
    }

    @Test
    void runningHeaderAndPageOfPagesFooterInAPdf() throws Exception {
        Imported r = Imported.of(pdf(Docs2.justifiedWithFurniture(dir, true)));
        r.lacks("第 1 页", "共 3 页", "页 共");
        // the issuer's name in the running header is not text of the plan: only the signature names it
        assertEquals("青山县民政局", r.plan().issuer());
        assertEquals(1, r.adoc().split("青山县民政局", -1).length - 1, r.adoc());
        for (int i = 0; i < 9; i++) r.has("=== （" + DocxReader.chinese(i + 1) + "）任务" + DocxReader.chinese(i + 1) + "\n");
        r.has(Docs2.longZh(0), Docs2.longZh(1), Docs2.longZh(8));
        assertEquals(List.of("摸底阶段", "服务阶段"), r.stages());
    }

    private static final List<String> EN = List.of("== Purpose", "== Organisation", "=== Project team", "=== Partners", "== Timeline", "== Budget");
    private static final List<String> ZH = List.of("== 工作目标", "== 组织机构", "=== 领导小组", "=== 工作专班", "== 实施步骤", "== 保障措施");

    @Test
    void headingsMarkedOnlyByTheirWordStyleInAPdf() throws Exception {
        String[][] variants = {{"style-plain-en", "", "en"}, {"style-plain-zh", "", "zh"}, {"style-bold-en", "<w:b/>", "en"},
            {"style-bold-zh", "<w:b/>", "zh"}, {"style-big-en", "<w:b/><w:sz w:val=\"32\"/>", "en"}, {"style-big-zh", "<w:sz w:val=\"32\"/>", "zh"}};
        List<String> wrong = new ArrayList<>();
        for (String[] v : variants) {
            boolean zh = v[2].equals("zh");
            Path docx = Docs2.styleHeadings(dir, v[0], v[1], zh);
            Imported r = Imported.of(pdf(docx));
            if (!r.headings().equals(zh ? ZH : EN)) wrong.add(v[0] + ": " + r.headings());
            assertEquals(zh ? "河西区2025年垃圾分类推进工作方案" : "Oakfield Library Summer Reading Plan 2025", r.plan().title(), v[0]);
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    @Test
    void largerHeadingTypeWithoutAnOutline() throws Exception {
        // no bookmarks: the headings' larger type, repeated, tells them from the title
        Imported r = Imported.of(pdfWithoutOutline(Docs2.styleHeadings(dir, "big-no-outline-zh", "<w:sz w:val=\"32\"/>", true)));
        assertEquals("河西区2025年垃圾分类推进工作方案", r.plan().title());
        r.has("== 工作目标", "== 组织机构", "领导小组", "== 实施步骤", "== 保障措施");
        r.lacks("组织机构领导小组");
        assertEquals(roles("组长", 1, "副组长", 1), r.people());
    }

    @Test
    void wordNumberedHeadingsWithNothingOrATabAfterTheNumber() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String suff : new String[] {"nothing", "tab", "space"}) {
            Path docx = Docs2.numberNoSpace(dir, suff);
            files.add(pdf(docx));
            if (suff.equals("nothing")) files.add(pdfWithoutOutline(docx));
        }
        for (Path f : files) {
            Imported r = Imported.of(f);
            assertEquals(List.of("== 1. Purpose", "== 2. Organisation", "=== 2.1 Team", "== 3. Timeline"), r.headings(), f.toString());
            assertEquals("Millbrook Parish Tree Planting Plan", r.plan().title(), f.toString());
            r.has("Millbrook Parish Council will plant two hundred trees on the green and along School Lane.\n", "Cllr Ruth Ellis\n");
            r.lacks("|===", "1.Purpose", "2.1Team");
        }
    }

    @Test
    void schoolSiteLaidOutInOneTable() throws Exception {
        Imported r = Imported.of(Docs2.schoolTableLayout(dir));
        assertEquals("关于开展2025年春季运动会的实施方案", r.plan().title());
        assertEquals("城南实验小学", r.plan().issuer());
        assertEquals("2025-03-28", r.plan().date());
        assertEquals(roles("总指挥", 1, "副总指挥", 2), r.people());
        assertEquals(List.of("报名阶段", "比赛阶段"), r.stages());
        r.has("== 三、安全要求", "各班主任要做好学生安全教育，校医全程在场。");
        r.lacks("网站首页", "学校概况", "德育园地", "浏览次数", "打印本页", "上一篇", "版权所有", "ICP");
    }

    @Test
    void pageOfLinesBetweenLineBreaks() throws Exception {
        Imported r = Imported.of(Docs2.brLines(dir));
        assertEquals("Greenway Community Clean-up Plan", r.plan().title());
        r.has("== 1. Team", "== 2. Schedule", "== 3. Safety", "Mrs June Fisher; Mr Ravi Patel",
                "Gloves and high-visibility vests are provided; children must be with an adult.",
                // the last line of the article, after its last <br>
                "Greenway Residents' Association, 1 March 2025");
        r.lacks("Privacy", "Home", "Contact us");
        assertEquals(List.of("Preparation", "Clean-up day"), r.stages());
    }

    @Test
    void markdownWithChineseNumberedHeadings() throws Exception {
        Imported r = Imported.of(Docs2.markdown(dir));
        assertEquals("滨江社区2025年消防安全宣传月活动方案", r.plan().title());
        assertEquals("滨江社区居民委员会", r.plan().issuer());
        r.has("== 一、组织机构", "== 二、活动安排", "=== （一）宣传阶段（2025年11月1日—11月15日）", "== 三、工作要求");
        assertEquals(roles("组长", 1, "副组长", 2), r.people());
        assertEquals(List.of("宣传阶段", "演练阶段"), r.stages());
        r.lacks("##");
    }
}
