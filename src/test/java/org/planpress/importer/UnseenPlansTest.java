package org.planpress.importer;

import static org.planpress.importer.Imported.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans unlike the generated corpus, as offices send them (src/test/resources/importer/unseen, see its README): each
 * file is imported and its recognised structure checked as an editor would: title, issuer, number, date, the people
 * of each role, the stages, and no site furniture, page furniture or notice text in the plan.
 */
class UnseenPlansTest {

    private static final String RES = "/importer/unseen/";
    private static final List<String> WORD_SOURCES = List.of("zh-notice-annex", "zh-prose-roster", "zh-schedule-merged", "zh-bold-manual",
            "zh-notice-attach", "zh-roster-vmerge", "zh-twoline", "en-chaired", "en-schedule-caption", "en-twoline",
            "zh-header-table", "en-sro");
    private static Path dir;
    private static final Map<String, Path> converted = new HashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("pp-unseen");
        if (!Make.has("soffice")) return;
        List<Path> sources = new ArrayList<>();
        for (String n : WORD_SOURCES) sources.add(resource(n + ".html"));
        List<Path> docx = Make.soffice(sources, "docx:MS Word 2007 XML", dir);
        for (Path f : docx) converted.put(f.getFileName().toString(), f);
        for (Path f : Make.soffice(List.of(resource("zh-notice-annex.html"), resource("zh-prose-roster.html"), resource("en-startend.html")), "doc:MS Word 97", dir))
            converted.put(f.getFileName().toString(), f);
        for (Path f : Make.soffice(List.of(resource("zh-pdf.fodt"), resource("en-pdf.fodt"), resource("zh-long.fodt")), "pdf", dir)) converted.put(f.getFileName().toString(), f);
    }

    /** The resource copied into the test's directory. */
    private static Path resource(String name) throws IOException {
        Path f = dir.resolve(name);
        try (InputStream in = UnseenPlansTest.class.getResourceAsStream(RES + name)) {
            if (in == null) throw new IOException("no test resource " + name);
            Files.copy(in, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return f;
    }

    /** A file LibreOffice made in {@link #setUp()}; the test is skipped without LibreOffice. */
    private static Path converted(String name) {
        Assumptions.assumeTrue(Make.has("soffice"), "LibreOffice (soffice) is not installed: the converted files are not made");
        return converted.get(name);
    }

    private static Imported imported(Path f) throws Exception {
        Imported r = Imported.of(f);
        System.out.println("unseen: " + f.getFileName() + ": " + r.plan().roles().size() + " roles, " + r.plan().stages().size() + " stages");
        return r;
    }

    private static void noticeAnnex(Imported r) throws Exception {
        assertEquals("平川县2013年“安全生产月”活动实施方案", r.plan().title());
        assertEquals("平川县人民政府办公室", r.plan().issuer());
        assertEquals("平政办〔2013〕12号", r.plan().number());
        assertEquals("2013-05-15", r.plan().date());
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 2), r.people());
        assertEquals(List.of("宣传发动阶段", "集中开展阶段", "总结评比阶段"), r.stages());
        assertTrue(r.notes().contains("leading group read from the attachment"), r.notes().toString());
        assertFalse(r.notes().stream().anyMatch(n -> n.startsWith("no leading group")), r.notes().toString());
        r.lacks("抄送", "现印发给你们", "平川县人民政府办公室文件");
        r.has("为认真贯彻落实国务院安委会关于开展2013年“安全生产月”活动的部署", "要结合实际，防止走过场。");
    }

    @Test
    void rosterTableInTheAttachmentsOfANoticeDocx() throws Exception {
        noticeAnnex(imported(converted("zh-notice-annex.docx")));
    }

    @Test
    void rosterTableInTheAttachmentsOfANoticeDoc() throws Exception {
        noticeAnnex(imported(converted("zh-notice-annex.doc")));
    }

    @Test
    void proseRosterWithWei() throws Exception {
        Imported r = imported(converted("zh-prose-roster.doc"));
        assertEquals("石桥镇2021年秸秆禁烧工作方案", r.plan().title());
        assertEquals("石桥镇人民政府", r.plan().issuer());
        assertEquals("2021-09-15", r.plan().date());
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 1), r.people());
        r.has("组长:: 陈志强（镇长）", "副组长:: 刘洋（副镇长）；黄伟（党委委员）");
        assertEquals(List.of("宣传发动阶段", "集中巡查阶段", "总结考核阶段"), r.stages());
    }

    @Test
    void noticeWhosePlanIsItsAttachment() throws Exception {
        Imported r = imported(converted("zh-notice-attach.docx"));
        assertEquals("河口镇2023年人居环境整治提升行动方案", r.plan().title());
        assertEquals("河委办发〔2023〕7号", r.plan().number());
        assertEquals("2023-03-06", r.plan().date());
        // 成立由……任组长，……任副组长，……为成员的领导小组
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 1), r.people());
        r.has("组长:: 周建平（镇党委书记）", "副组长:: 汪海（镇长）；蔡玲（镇党委副书记）", "成员:: 镇直各单位主要负责人");
        assertEquals(List.of("动员部署阶段", "集中整治阶段", "验收巩固阶段"), r.stages());
        r.lacks("附件：河口镇", "现将", "\n附件\n");
        r.has("\n为持续改善农村人居环境，建设生态宜居美丽乡村，结合我镇实际，制定本方案。\n");
    }

    @Test
    void scheduleTableWithMergedCells() throws Exception {
        Imported r = imported(converted("zh-schedule-merged.docx"));
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 3), r.people());
        assertEquals(List.of("自查自纠", "集中检查", "总结通报"), r.stages());
        assertEquals(List.of("3月1日至3月15日", "3月16日至4月15日", "4月16日至4月30日"), r.periods());
        r.has("建立问题整改台账");
    }

    @Test
    void scheduleTableWithACaptionRowAndAProseBoard() throws Exception {
        Imported r = imported(converted("en-schedule-caption.docx"));
        assertEquals(List.of("Baseline audit", "Training", "Re-audit"), r.stages());
        assertEquals(List.of("1 March to 31 March 2024", "1 April to 31 May 2024", "June 2024"), r.periods());
        assertTrue(r.adoc().indexOf("== 3. Implementation Schedule") < r.adoc().indexOf("[.timeline]"), r.adoc());
        r.has("Table 1. Implementation schedule", "Chair:: Dr. Karen Walsh (Medical Director)");
        assertEquals(roles("Chair", 1, "Members", 2), r.people());
    }

    @Test
    void englishChairedByWithVice() throws Exception {
        Imported r = imported(converted("en-chaired.docx"));
        assertEquals("Westbrook Borough Council", r.plan().issuer());
        assertEquals(roles("Chair", 1, "Vice-chair", 1, "Members", 2), r.people());
        assertEquals(List.of("Preparation", "Response", "Review"), r.stages());
    }

    @Test
    void boldHeadingsWithManualNumbering() throws Exception {
        Imported r = imported(converted("zh-bold-manual.docx"));
        r.has("== 二、组织机构", "=== （一）领导小组", "=== （二）工作职责", "== 四、活动步骤");
        assertEquals(roles("组长", 1, "副组长", 1, "成员", 3), r.people());
        assertEquals(List.of("准备阶段", "实施阶段", "总结阶段"), r.stages());
    }

    @Test
    void rosterTableWithASerialColumnAndMergedRoles() throws Exception {
        Imported r = imported(converted("zh-roster-vmerge.docx"));
        assertEquals(roles("总指挥", 1, "副总指挥", 2, "成员", 3), r.people());
        r.lacks("|序号"); // the list holds every cell but the row numbers: no copy of the table
        assertEquals(3, r.stages().size());
    }

    @Test
    void titlesOnTwoLines() throws Exception {
        assertEquals("长林县2024年“安全生产月”活动实施方案", imported(converted("zh-twoline.docx")).plan().title());
        Imported en = imported(converted("en-twoline.docx"));
        assertEquals("Eastvale Water Company Drought Response Plan 2024", en.plan().title());
        // "Eastvale Water Company" over "March 2024": a signature dated by its month, the year only
        assertEquals("Eastvale Water Company", en.plan().issuer());
        assertNull(en.plan().date());
        assertEquals(2024, en.plan().year());
        en.lacks("\nMarch 2024\n");
        assertEquals(List.of(), en.stages()); // its stages are reservoir levels, not periods
    }

    @Test
    void governmentPageWithMetadataBoxAndDownloads() throws Exception {
        Imported r = imported(resource("zh-gov-page.html"));
        assertEquals("东阳市2024年防汛防台工作方案", r.plan().title());
        assertEquals("东政办发〔2024〕18号", r.plan().number());
        assertEquals("东阳市人民政府办公室", r.plan().issuer());
        assertEquals("2024-04-26", r.plan().date());
        assertEquals(roles("指挥长", 1, "副指挥长", 2, "成员", 3), r.people());
        assertEquals(List.of("汛前准备阶段", "主汛期防御阶段", "汛后总结阶段"), r.stages());
        r.lacks("附件下载", ".docx", "分享到", "扫一扫", "相关链接", "ICP", "浏览次数", "索引号", "首页", "打印本页");
        r.has("各镇街要落实防汛物资储备，确保抢险队伍随时拉得出、冲得上。");
    }

    @Test
    void schoolPageWithCookieBannerAndSidebar() throws Exception {
        Imported r = imported(resource("en-school-page.html"));
        assertEquals("Anti-Bullying Week Action Plan 2023", r.plan().title());
        assertEquals(roles("Lead", 1, "Deputy lead", 1, "Members", 2), r.people());
        assertEquals(List.of("Planning", "Awareness week", "Follow-up"), r.stages());
        r.lacks("cookies", "Share this page", "helpful", "Latest news", "©", "Skip to main content", "Policies");
        r.has("The lead reports the survey results to the governing body in January.");
    }

    @Test
    void markdownWithARosterTable() throws Exception {
        Imported r = imported(resource("en-plan.md"));
        assertEquals("Lakeside Community Library", r.plan().issuer());
        assertEquals("2024-05-15", r.plan().date());
        assertEquals(roles("Leader", 1, "Deputy", 1, "Member", 2), r.people());
        assertEquals(List.of("Promotion", "Challenge", "Celebration"), r.stages());
        r.has("£2,400");
    }

    @Test
    void markdownUnitHeadingThenPlanHeading() throws Exception {
        Imported r = imported(resource("en-bold-labels.md"));
        assertEquals("Harbourside Primary School Safer Routes to School Action Plan 2025", r.plan().title());
        assertEquals(roles("Chair", 1, "Vice-chair", 1, "Members", 2), r.people());
        assertEquals(List.of("Survey", "Campaign", "Review"), r.stages());
        r.has("== Steering group", "== Timeline");
    }

    @Test
    void rolesOnOneLineAndStagesInOneSentence() throws Exception {
        Imported r = imported(resource("zh-oneline.txt"));
        assertEquals(roles("总指挥", 1, "副总指挥", 2, "成员", 1), r.people());
        // 2022年1月1日至2月28日为宣传教育阶段，……，6月为总结阶段：a month alone is a period too
        assertEquals(List.of("宣传教育阶段", "重点防控阶段", "总结阶段"), r.stages());
        assertEquals("6月", r.periods().get(2));
    }

    @Test
    void councilTextWithRolesOverSeveralSentences() throws Exception {
        Imported r = imported(resource("en-council.txt"));
        // "ASHFORD DISTRICT COUNCIL" over the title in capitals: the issuer, not the title's first words ("Approved by
        // Cabinet" names who approved it)
        assertEquals("LITTER REDUCTION ACTION PLAN 2024-2025", r.plan().title());
        assertEquals("Ashford District Council", r.plan().issuer());
        r.has("Chair:: Councillor Emma Price (Cabinet Member for Environment)", "Vice-chair:: Councillor Raj Gill",
                "Members:: the Head of Street Scene and the Parks Manager");
        assertEquals(List.of("Engagement", "Enforcement", "Review"), r.stages());
        assertEquals("2024-03-14", r.plan().date());
    }

    @Test
    void gbkTextWithAlignedDeputies() throws Exception {
        Path f = dir.resolve("zh-gbk.txt");
        Files.write(f, Files.readString(resource("zh-gbk-source.txt"), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        Imported r = imported(f);
        assertEquals("青松县2018年农村饮水安全工程建设实施方案", r.plan().title());
        assertEquals("青松县人民政府", r.plan().issuer());
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 2), r.people());
        assertEquals(List.of("前期准备", "工程建设", "竣工验收"), r.stages());
    }

    @Test
    void chinesePdfWithPageHeaderFooterAndRosterTable() throws Exception {
        Imported r = imported(converted("zh-pdf.pdf"));
        assertEquals("云岭市2019年“119”消防宣传月活动方案", r.plan().title());
        assertEquals("云岭市消防安全委员会", r.plan().issuer());
        assertEquals("2019-10-20", r.plan().date());
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 2), r.people());
        assertEquals(List.of("动员部署阶段", "集中宣传阶段", "总结表彰阶段"), r.stages());
        r.lacks("云岭市消防安全委员会文件", "— 1 —", "— 2 —");
        r.has("各单位请于12月5日前将活动总结报送领导小组办公室。", "=== （四）开展火灾隐患排查整治");
    }

    @Test
    void pdfParagraphsAcrossPageBreaksUnderARunningHeader() throws Exception {
        Imported r = imported(converted("zh-long.pdf"));
        String paragraph = "各乡镇、各部门要严格落实防汛责任制，层层签订责任书，把防汛责任落实到具体单位和具体人员，确保每一处险工险段、"
                + "每一座水库山塘都有专人值守，发现险情及时报告、及时处置，决不能因责任不落实而贻误抢险时机。";
        // 17 paragraphs, the same words twice each: the line that ends one page and starts another is text, not a header
        assertEquals(17, r.adoc().split("\n" + java.util.regex.Pattern.quote(paragraph + paragraph) + "\n", -1).length - 1, r.adoc());
        assertEquals("平安县防汛抗旱指挥部", r.plan().issuer()); // the page header's words, and the signature's
        assertEquals("2025-03-28", r.plan().date());
        assertEquals(roles("指挥长", 1, "副指挥长", 2, "成员", 3), r.people());
        assertEquals(List.of("汛前准备阶段", "主汛期阶段", "总结阶段"), r.stages());
        r.lacks("- 1 -", "- 3 -");
    }

    @Test
    void englishPdfWithPageHeaderFooterAndRosterTable() throws Exception {
        Imported r = imported(converted("en-pdf.pdf"));
        assertEquals("Northgate University Fire Safety Awareness Programme 2022", r.plan().title());
        assertEquals(roles("Chair", 1, "Vice-Chair", 1, "Member", 2), r.people());
        assertEquals(List.of("Preparation", "Delivery", "Evaluation"), r.stages());
        r.has("=== Stage 1: Preparation (August 15 to September 10)\n");
        r.lacks("Northgate University — Internal", "Page 1");
    }

    @Test
    void paddedNamesAndOrdinalStagesNamedAfterTheColon() throws Exception {
        Imported r = imported(resource("zh-padded.txt"));
        assertEquals("南湖街道2023年燃气安全专项整治方案", r.plan().title());
        r.has("组长:: 王刚（街道党工委书记）", "成员:: 吴迪、郑凯、冯雪");
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 3), r.people());
        // （一）第一阶段（5月20日-5月31日）：排查摸底。……: the stage is named after the colon
        assertEquals(List.of("排查摸底", "集中整治", "巩固提升"), r.stages());
        assertEquals(List.of("5月20日-5月31日", "6月1日-8月31日", "9月"), r.periods());
        Imported en = imported(resource("en-phase-after.txt"));
        assertEquals(List.of("Engagement", "Works"), en.stages());
        // after a full stop the words are the stage's first sentence, not its name: the place stays the label
        assertEquals(List.of("第一阶段", "第二阶段"), imported(resource("zh-ordinal-stop.txt")).stages());
    }

    @Test
    void oldTableLayoutPageInGb2312() throws Exception {
        Imported r = imported(resource("zh-gb2312.html"));
        assertEquals("桃源县2016年夏季消防检查工作方案", r.plan().title()); // the page title without "--桃源县人民政府"
        assertEquals("桃源县公安消防大队", r.plan().issuer());
        assertEquals("2016-06-01", r.plan().date());
        assertEquals(roles("组长", 1, "副组长", 1, "成员", 3), r.people());
        assertEquals(List.of("部署阶段", "检查阶段", "总结阶段"), r.stages());
        r.lacks("网站首页", "政务公开", "来源", "字体", "2016-06-02", "版权所有", "打印本页", "当前位置");
        r.has("\n为预防和减少火灾事故，确保夏季消防安全形势稳定，县消防大队决定开展夏季消防检查。\n");
    }

    @Test
    void councilPageWithRosterAndScheduleTables() throws Exception {
        Imported r = imported(resource("en-drupal.html"));
        assertEquals("Tree Planting Programme 2024–2026", r.plan().title());
        r.has("Chair:: Cllr Joanne Reed (Cabinet Member for Climate)", "Vice-chair:: Peter Lang (Head of Parks)",
                "Parks and school grounds", "Volunteers can sign up to help at planting days through the council website.");
        assertEquals(List.of("Season 1", "Season 2"), r.stages());
        r.lacks("Last updated", "Related content", "useful", "Bins and recycling", "Skip to main content", "©");
    }

    @Test
    void noticeHeaderInOneCellTables() throws Exception {
        Imported r = imported(converted("zh-header-table.docx"));
        assertEquals("青溪县2022年危险化学品安全专项整治方案", r.plan().title());
        assertEquals("青应急发〔2022〕9号", r.plan().number()); // the red header and the 文号 each in a table of one cell
        assertEquals("青溪县应急管理局", r.plan().issuer());
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 1), r.people());
        assertEquals(List.of("即日起至4月30日", "2022年第二季度", "下半年"), r.periods());
        r.lacks("青溪县应急管理局文件", "现将");
    }

    @Test
    void englishRolesOfAnNhsProgramme() throws Exception {
        Imported r = imported(converted("en-sro.docx"));
        r.has("Senior Responsible Owner:: Dr. Rachel Hughes (Chief People Officer)", "Programme Lead:: Tom Evans (Head of Occupational Health)");
        assertEquals(List.of("Planning", "Peer vaccinator clinics", "Mop-up"), r.stages());
        assertEquals(List.of("w/c 2 September 2024", "October to December 2024", "Q1 2025"), r.periods());
    }

    @Test
    void weChatArticleWithFollowUsAndMoreArticles() throws Exception {
        Imported r = imported(resource("zh-wechat.html"));
        assertEquals("关于开展2024年“安全生产月”活动的实施方案", r.plan().title());
        assertEquals("平江县安全生产委员会", r.plan().issuer());
        assertEquals("2024-05-27", r.plan().date());
        // 由县长邓亮任组长，常务副县长肖勇、副县长汤敏任副组长，……为成员
        assertEquals(roles("组长", 1, "副组长", 2, "成员", 1), r.people());
        assertEquals(List.of("宣传发动阶段", "集中开展阶段", "总结评估阶段"), r.stages());
        r.lacks("点击蓝字", "END", "往期推荐", "平江县召开防汛工作会议", "二维码", "在看", "编辑：", "平江应急发布", "湖南");
        r.has("各乡镇、各部门要精心组织，务求实效。");
    }

    @Test
    void englishLetteredAppendixWithTheGroup() throws Exception {
        Imported r = imported(resource("en-appendix.txt"));
        assertEquals("Food Bank Expansion Plan 2025", r.plan().title());
        assertEquals("Brookfield Community Trust", r.plan().issuer());
        // "Appendix A – Project group membership" is an attachment, and the plan's group is listed there
        r.has("== Attachments\n", "Chair:: Helen Moss (Chief Executive)");
        assertEquals(roles("Chair", 1, "Members", 2), r.people());
        assertTrue(r.notes().contains("leading group read from the attachment"), r.notes().toString());
        assertEquals(List.of("Lease signed", "Sites open"), r.stages()); // "Milestone 1:" is the place, not the name
    }

    @Test
    void memberUnitsAndTwoAttachmentReferences() throws Exception {
        Imported r = imported(resource("zh-multi-attach.txt"));
        // 成员单位：县委宣传部、县教育局……: the members are units, a role of the list like 成员
        r.has("成员单位:: 县委宣传部、县教育局、县住建局、县文旅广体局");
        assertEquals(roles("组长", 1, "副组长", 1, "成员单位", 4), r.people());
        r.has("领导小组办公室设在县消防救援大队，联系人：简宁，联系电话：0745-1234567。", "== 附件\n", "2.云山县“119”消防宣传月活动进度表");
        r.lacks("此件公开发布");
        assertEquals("云山县消防安全委员会", r.plan().issuer());
    }

    @Test
    void scheduleTablesWithStartAndEndColumns() throws Exception {
        Imported en = imported(converted("en-startend.doc"));
        assertEquals(List.of("Revision workshops", "Exam period support", "Results day support"), en.stages());
        assertEquals(List.of("7 April 2025 to 2 May 2025", "12 May 2025 to 20 June 2025", "14 August 2025 to 15 August 2025"), en.periods());
        assertEquals(roles("Lead", 1, "Deputy lead", 1, "Member", 1), en.people());
        Imported zh = imported(resource("zh-startend.txt"));
        assertEquals(List.of("摸底排查", "集中清理", "验收考核"), zh.stages());
        assertEquals(List.of("3月1日至3月10日", "3月11日至4月30日", "5月1日至5月15日"), zh.periods());
    }

    @Test
    void markdownFrontMatterAndABulletedRoster() throws Exception {
        Imported r = imported(resource("en-front-matter.md"));
        assertEquals("Oakwood Allotment Society Water Saving Plan 2025", r.plan().title());
        assertEquals("Oakwood Allotment Society", r.plan().issuer()); // author: in the front matter
        assertEquals("2025-02-01", r.plan().date());
        assertFalse(r.notes().stream().anyMatch(n -> n.startsWith("left out before the title")), r.notes().toString());
        r.lacks("author:", "---");
        assertEquals(roles("Chair", 1, "Treasurer", 1, "Members", 2), r.people());
        assertEquals(List.of("Survey", "Install", "Monitor"), r.stages());
    }

    @Test
    void attachmentsLinkedFromAWebPageStay() throws Exception {
        Imported r = imported(resource("zh-attach-links.html"));
        // three links in a row, but the plan's list of attachments: not a bar of links, not download furniture
        r.has("== 附件\n", "1.某镇安全生产领导小组成员名单", "3.某镇安全生产检查记录表");
        assertEquals("某镇人民政府", r.plan().issuer());
    }
}
