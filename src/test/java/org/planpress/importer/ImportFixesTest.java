package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Inputs made as real files (a .docx part by part, HTML, text, PDF) imported and read back as AsciiDoc. */
class ImportFixesTest {

    static String imported(Path f) {
        Importer.Result r = new Importer().importFile(f, f.getParent(), new Importer.Options(null, null, false, true, false), f.toString());
        assertFalse(r.plans().isEmpty(), r.messages().toString());
        return r.plans().get(0).adoc();
    }

    @Test
    void headingNumbersFromTheStyleAndNumberedSentencesAreAList() throws Exception {
        Path dir = Files.createTempDirectory("pp-num");
        String styles = WordXml.headingStyle(1) + WordXml.headingStyle(2);
        String outline = WordXml.lvl(0, "chineseCounting", "%1、") + WordXml.lvl(1, "chineseCounting", "（%2）");
        String decimal = WordXml.lvl(0, "decimal", "%1．");
        String body = WordXml.p("Title", null, "青山县自来水公司2024年管网改造宣传工作方案")
                + WordXml.p("Normal", null, "为做好管网改造期间的宣传工作，制定本方案。")
                + WordXml.p("Heading1", null, "指导思想") + WordXml.p("Normal", null, "坚持以人民为中心。")
                + WordXml.p("Heading1", null, "工作目标")
                + WordXml.p("Normal", "2", "停水通知提前72小时到户率100%。") + WordXml.p("Normal", "2", "用户投诉办结率100%。")
                + WordXml.p("Heading1", null, "工作内容") + WordXml.p("Heading2", null, "停水通知")
                + WordXml.p("Normal", null, "通过短信发布停水通知。") + WordXml.p("Heading2", null, "上门走访")
                + WordXml.p("Normal", null, "对沿线商户逐户走访。");
        String adoc = imported(WordXml.write(dir.resolve("outline.docx"), body, styles, outline, decimal));
        assertTrue(adoc.contains("== 一、指导思想"), adoc);
        assertTrue(adoc.contains("== 二、工作目标"), adoc);
        assertTrue(adoc.contains("=== （一）停水通知"), adoc);
        assertTrue(adoc.contains("=== （二）上门走访"), adoc);
        assertFalse(adoc.contains("== 1"), adoc);
        assertTrue(adoc.contains("停水通知提前72小时到户率100%。"), adoc);
    }

    @Test
    void englishHeadingNumbersAndLetteredItemsGetTheirSpace() throws Exception {
        Path dir = Files.createTempDirectory("pp-num-en");
        String outline = WordXml.lvl(0, "decimal", "%1.") + WordXml.lvl(1, "decimal", "%1.%2");
        String letters = WordXml.lvl(0, "lowerLetter", "(%1)");
        String body = WordXml.p("Title", null, "Water Main Replacement Customer Outreach Plan 2024")
                + WordXml.p("Heading1", null, "Purpose") + WordXml.p("Normal", null, "This plan describes how customers are kept informed.")
                + WordXml.p("Heading1", null, "Objectives")
                + WordXml.p("Normal", "2", "Reach 100% of affected customers before construction.")
                + WordXml.p("Normal", "2", "Schedule all replacements with the owner's consent.")
                + WordXml.p("Heading1", null, "Key Tasks") + WordXml.p("Heading2", null, "Customer notification")
                + WordXml.p("Normal", null, "Letters are mailed to every service address.");
        String adoc = imported(WordXml.write(dir.resolve("outline-en.docx"), body, WordXml.headingStyle(1) + WordXml.headingStyle(2),
                outline, letters));
        assertTrue(adoc.contains("== 1. Purpose"), adoc);
        assertTrue(adoc.contains("== 2. Objectives"), adoc);
        assertTrue(adoc.contains("=== 3.1 Customer notification"), adoc);
        assertTrue(adoc.contains("(a) Reach 100%"), adoc);
        assertTrue(adoc.contains("(b) Schedule"), adoc);
    }

    static Path text(String name, String... lines) throws Exception {
        Path dir = Files.createTempDirectory("pp-txt");
        return Files.writeString(dir.resolve(name), String.join("\n\n", lines) + "\n");
    }

    @Test
    void stagesWrittenAsANumberedListUnderTheScheduleHeading() throws Exception {
        String adoc = imported(text("stages.txt", "清水县2024年安全生产月活动方案", "一、活动目的", "提高群众安全意识。",
                "二、时间安排", "1.动员部署（5月下旬）：各乡镇制定活动方案，做好宣传准备。", "2.集中开展（6月1日—6月30日）：按照方案开展各项活动。",
                "3.总结上报（7月5日前）：各单位将活动总结报县应急管理局。", "三、工作要求", "各单位要高度重视。", "清水县应急管理局", "2024年5月20日"));
        assertTrue(adoc.contains("[.timeline]\n动员部署:: 5月下旬\n集中开展:: 6月1日—6月30日\n总结上报:: 7月5日前"), adoc);
        assertTrue(adoc.contains("各乡镇制定活动方案，做好宣传准备。"), adoc);
    }

    @Test
    void englishStagesKeepTheirWords() throws Exception {
        String adoc = imported(text("phases.txt", "Harbor Water Main Outreach Plan 2024", "1. Purpose", "Customers are kept informed.",
                "2. Schedule", "Phase 1 – Notification (June 3 – June 21)", "Phase 2 – Main replacement (June 24 – October 18)",
                "3. Requirements", "All notices are approved by the Communications Manager.", "Harbor Water Company", "20 May 2024"));
        assertFalse(adoc.contains("\n– Notification"), adoc);
        assertTrue(adoc.contains("Notification:: June 3 – June 21"), adoc);
        assertTrue(adoc.contains("Main replacement:: June 24 – October 18"), adoc);
        assertTrue(adoc.contains("Phase 1 – Notification"), adoc);
    }

    @Test
    void aScheduleTableKeepsTheStageNameWhole() throws Exception {
        String adoc = imported(text("table.txt", "Elm Street Water Main Outreach Plan", "1. Purpose", "Customers are kept informed.",
                "2. Schedule", "Stage\tPeriod\tMain activities\nPre-construction outreach\t3 June – 28 June 2024\tLetters\n"
                        + "Construction phase\t1 July – 15 November 2024\tWeekly updates",
                "3. Requirements", "Notices are approved first.", "Riverside Water Company", "20 May 2024"));
        assertTrue(adoc.contains("Construction phase:: 1 July – 15 November 2024"), adoc);
    }

    @Test
    void stagesWithADotLeader() throws Exception {
        String adoc = imported(text("leader.txt", "Oak Hill Outreach Plan 2024", "1. Purpose", "Customers are kept informed.",
                "2. Implementation Schedule", "Stage 1  Outreach launch ............ June 3 - June 21, 2024",
                "Stage 2  Construction updates ....... June 24 - October 18, 2024", "3. Measures", "Crews confirm notices first.",
                "Cedar Valley Water Company", "20 May 2024"));
        assertTrue(adoc.contains("Outreach launch:: June 3 - June 21, 2024"), adoc);
        assertTrue(adoc.contains("Construction updates:: June 24 - October 18, 2024"), adoc);
        assertTrue(adoc.contains("Stage 1  Outreach launch ............ June 3 - June 21, 2024")
                || adoc.contains("Stage 1 Outreach launch ............ June 3 - June 21, 2024"), adoc);
    }

    static Path page(String name, String html, java.nio.charset.Charset cs) throws Exception {
        Path dir = Files.createTempDirectory("pp-html");
        return Files.write(dir.resolve(name), html.getBytes(cs));
    }

    @Test
    void gb2312PagesDecodeAsBrowsersDoAndTheSiteLeavesTheTitle() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>清水镇中心小学防溺水专项行动方案-清水镇人民政府</title></head><body><div class=\"nav\">首页 > 通知公告</div>"
                + "<div class=\"content\"><p align=\"center\"><b>清水镇中心小学防溺水专项行动方案</b></p>"
                + "<p>为切实做好学生防溺水工作，制定本方案。</p><p>一、组织领导</p>"
                + "<p>组&emsp;长：库热西·买合苏提（校长）</p><p>副组长：阿不都·热合曼（副校长）</p><p>成&ensp;员：各班班主任</p>"
                + "<p>二、实施步骤</p><p>（一）宣传阶段：5月20日—5月31日。</p><p>（二）落实阶段：6月1日—8月31日。</p>"
                + "<p>三、工作要求</p><p>各班要高度重视。</p><p>清水镇中心小学</p><p>2024年5月20日</p></div></body></html>";
        String adoc = imported(page("gb.html", html, java.nio.charset.Charset.forName("GBK")));
        assertTrue(adoc.startsWith("= 清水镇中心小学防溺水专项行动方案\n"), adoc);
        assertFalse(adoc.contains("人民政府\n"), adoc);
        assertFalse(adoc.contains("\n清水镇中心小学防溺水专项行动方案\n"), adoc); // the headline is not a paragraph too
        assertTrue(adoc.contains("组长:: 库热西·买合苏提（校长）"), adoc);
        assertTrue(adoc.contains("成员:: 各班班主任"), adoc);
        assertTrue(adoc.contains("5月20日—5月31日"), adoc);
        assertFalse(adoc.contains("・") || adoc.contains("―"), adoc);
    }

    @Test
    void aNewsPageAboutAPlanStartsAtThePlansTitle() throws Exception {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Summer Water Safety Plan Approved | News | Pinecrest"
                + " School District</title></head><body><main><article><h1>Summer Water Safety Plan Approved</h1>"
                + "<p class=\"lead\">At its May 20 meeting the Board approved the district's first Summer Water Safety Plan. The full text follows.</p>"
                + "<h2>Pinecrest School District Summer Water Safety Plan 2024</h2><h3>Purpose</h3><p>This plan keeps students safe around water.</p>"
                + "<h3>What we will do</h3><h4>First, teach</h4><p>Teachers deliver a water safety lesson in May.</p>"
                + "<h4>Second, inform families</h4><p>A letter goes home in three languages.</p>"
                + "<h3>Requirements</h3><p>Principals report completion by June 14.</p>"
                + "<p><em>Pinecrest School District Board of Education<br>20 May 2024</em></p>"
                + "<p>For questions, contact the Communications Office at (555) 010-2200.</p>"
                + "<div class=\"tags\">Tags: <a href=\"#\">safety</a>, <a href=\"#\">summer</a></div></article></main></body></html>";
        String adoc = imported(page("news.html", html, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(adoc.startsWith("= Pinecrest School District Summer Water Safety Plan 2024\n"), adoc);
        assertFalse(adoc.contains("The full text follows."), adoc);
        assertTrue(adoc.contains("== What we will do\n\n=== First, teach"), adoc);
        assertTrue(adoc.contains("=== Second, inform families"), adoc);
        assertTrue(adoc.contains("For questions, contact the Communications Office"), adoc);
        assertFalse(adoc.contains("Tags:"), adoc);
        assertFalse(adoc.contains("== Attachments"), adoc);
    }

    @Test
    void theSameFileImportedAgainIsRefusedWithoutForce() throws Exception {
        Path f = text("again.txt", "青山县2024年防溺水工作方案", "一、工作目标", "确保学生安全。", "二、工作要求", "各校要高度重视。",
                "青山县教育局", "2024年5月20日");
        Path src = Files.createTempDirectory("pp-src");
        Importer.Result first = new Importer().importFile(f, src, new Importer.Options(null, null, false, false, false), "again.txt");
        assertFalse(first.failed(), first.messages().toString());
        Importer.Result again = new Importer().importFile(f, src, new Importer.Options(null, null, false, false, false), "again.txt");
        assertTrue(again.failed(), again.messages().toString());
        assertTrue(again.messages().toString().contains("already exists"), again.messages().toString());
        Importer.Result forced = new Importer().importFile(f, src, new Importer.Options(null, null, false, false, true), "again.txt");
        assertFalse(forced.failed(), forced.messages().toString());
        assertTrue(forced.written().equals(first.written()), forced.written() + " " + first.written());
        try (var files = Files.list(src.resolve("content/plans"))) {
            assertTrue(files.count() == 1);
        }
        // another plan of the same day gets the next id
        Path other = text("other.txt", "青山县2024年暑期安全工作方案", "一、工作目标", "确保学生安全。", "青山县教育局", "2024年5月20日");
        Importer.Result second = new Importer().importFile(other, src, new Importer.Options(null, null, false, false, false), "other.txt");
        assertFalse(second.failed(), second.messages().toString());
    }

    @Test
    void pdfExtractionSpacesAndTheDistributionLine() {
        assertTrue(PdfText.tidy("青山县 2024 年中小学生 防溺水方案，2024 年 6月 1 日").equals("青山县2024年中小学生防溺水方案，2024年6月1日"));
        assertTrue(PdfText.tidy("Main breaks  have doubled  since 2019.").equals("Main breaks have doubled since 2019."));
        assertTrue(PdfText.tidy("Stage 1 in 2024 年").equals("Stage 1 in 2024年"));
        assertTrue(PdfText.splitTail("二〇二四年五月二十日抄送：县人民政府办公室。")
                .equals(java.util.List.of("二〇二四年五月二十日", "抄送：县人民政府办公室。")));
    }

    @Test
    void anEnglishPdfTitleWrappedOverTwoLinesIsOneTitle() throws Exception {
        Path dir = Files.createTempDirectory("pp-pdf");
        Path f = dir.resolve("wrapped.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            var bold = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            String[][] lines = {{"B", "Harbor View Water Main Replacement Program \u2013"}, {"B", "Community Outreach Plan"}, {"", ""},
                {"", "1. Purpose"}, {"", "Main breaks in the area have doubled  since  2019."}, {"", "2. Requirements"},
                {"", "All notices are approved by the manager."}, {"", ""}, {"", "Metro Harbor Water Authority"}, {"", "20 May 2024"}};
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                float y = 780;
                for (String[] l : lines) {
                    if (!l[1].isEmpty()) {
                        boolean b = l[0].equals("B");
                        var ft = b ? bold : font;
                        float size = b ? 18 : 11;
                        float w = ft.getStringWidth(l[1]) / 1000 * size;
                        cs.beginText();
                        cs.setFont(ft, size);
                        cs.newLineAtOffset(b ? (595 - w) / 2 : 60, y);
                        cs.showText(l[1]);
                        cs.endText();
                    }
                    y -= 24;
                }
            }
            doc.save(f.toFile());
        }
        String adoc = imported(f);
        assertTrue(adoc.startsWith("= Harbor View Water Main Replacement Program \u2013 Community Outreach Plan\n"), adoc);
        assertTrue(adoc.contains("have doubled since 2019."), adoc);
    }

    @Test
    void englishPlainTextWithUnnumberedHeadings() throws Exception {
        String adoc = imported(text("plain.txt", "WATER MAIN REPLACEMENT OUTREACH PLAN", "Cedar Valley Water Company",
                "Document ref: CVWC/OUT/2024/03", "Purpose", "Cedar Valley Water Company will replace 6,800 feet of water main.",
                "Objectives", "1)  Notify all 412 affected accounts at least two weeks before work on their block.",
                "2)  Hold planned service interruptions to under 6 hours.", "Outreach Team",
                "Project Lead:  Rachel Adams, Manager of Community Relations", "Deputy Lead:  Ben Foster, Senior Project Engineer",
                "Team:  Maria Lopez (Customer Service Representative); James Whitaker (Inspector)", "Measures",
                "Crews will not start work on a block until notices are confirmed delivered.", "Cedar Valley Water Company", "20 May 2024"));
        assertTrue(adoc.contains("\n== Purpose\n"), adoc);
        assertTrue(adoc.contains("\n== Objectives\n"), adoc);
        assertTrue(adoc.contains("\n== Outreach Team\n"), adoc);
        assertTrue(adoc.contains("\n== Measures\n"), adoc);
        assertFalse(adoc.contains("== 1)"), adoc);
        assertTrue(adoc.contains("Notify all 412 affected accounts"), adoc);
        assertTrue(adoc.contains("Team:: Maria Lopez (Customer Service Representative); James Whitaker (Inspector)"), adoc);
        assertTrue(adoc.contains(":plan-number: CVWC/OUT/2024/03"), adoc);
    }

    @Test
    void chinesePlainTextWithUnnumberedHeadings() throws Exception {
        String adoc = imported(text("plain-zh.txt", "青山县2024年防汛应急演练方案", "指导思想",
                "　　坚持人民至上、生命至上，提高全县防汛应急处置能力。", "工作目标", "　　通过演练，检验预案，锻炼队伍，做到科学调度、快速反应。",
                "组织领导", "组　长：王建国（副县长）", "副组长：李明（县水利局局长）", "成　员：张华、刘强",
                "工作要求", "　　各单位要高度重视，精心组织，确保演练安全有序。", "特此通知", "青山县人民政府", "2024年5月20日"));
        assertTrue(adoc.contains("\n== 指导思想\n"), adoc);
        assertTrue(adoc.contains("\n== 工作目标\n"), adoc);
        assertTrue(adoc.contains("\n== 组织领导\n"), adoc);
        assertTrue(adoc.contains("\n== 工作要求\n"), adoc);
        assertTrue(adoc.contains("组长:: 王建国（副县长）"), adoc);
        assertFalse(adoc.contains("== 青山县人民政府"), adoc);
        assertTrue(adoc.contains("坚持人民至上、生命至上"), adoc);
    }

    /** Lines aligned under a role's label, each a person with a post, belong to that role; the roster is not the issuer. */
    @Test
    void alignedLinesUnderALabelAndARosterJustBeforeTheSignature() throws Exception {
        Path dir = Files.createTempDirectory("pp-txt");
        Path f = Files.writeString(dir.resolve("aligned.txt"), String.join("\n", "测试县2025年安全生产工作方案", "",
                "为做好安全生产工作，制定本方案。", "", "一、组织领导", "成立领导小组：", "组　长：区教育局局长　马志刚",
                "副组长：区教育局副局长　宋丽华", "　　　　区教育局党组成员、副局长　钱卫东", "　　　　何丽萍　镇人大副主席",
                "成　员：周明、吴芳", "", "测试县安委会", "2025年4月8日", ""));
        String adoc = imported(f);
        assertTrue(adoc.contains(":plan-issuer: 测试县安委会\n"), adoc);
        assertTrue(adoc.contains("副组长:: 宋丽华（区教育局副局长）、钱卫东（区教育局党组成员、副局长）、何丽萍（镇人大副主席）"), adoc);
        assertTrue(adoc.contains("成员:: 周明、吴芳"), adoc);
    }

    @Test
    void aStageLabelThenItsPeriodThenWhatIsDone() throws Exception {
        String adoc = imported(text("flood.txt", "测试区2025年防汛工作方案", "为做好防汛工作，制定本方案。", "一、时间安排",
                "1.汛前准备：即日起至4月30日，完成汛前检查和隐患整改。", "2.主汛期防御：5月1日至9月30日。",
                "3.总结评估（10月中旬）：全面总结年度防汛抗旱工作。", "测试区防汛办", "2025年4月8日"));
        assertTrue(adoc.contains("[.timeline]\n汛前准备:: 即日起至4月30日\n主汛期防御:: 5月1日至9月30日\n总结评估:: 10月中旬"), adoc);
        assertTrue(adoc.contains("完成汛前检查和隐患整改。"), adoc);
    }

    /** Who issued a plan and when, as lines under the title say it; the title's year on a line of its own. */
    @Test
    void issueLinesUnderTheTitle() throws Exception {
        String adoc = imported(text("issue.txt", "Lakeside County Flood Preparedness Action Plan", "2025",
                "Issued by: Lakeside County Emergency Management Agency", "Date of issue: April 7, 2025", "1. Purpose",
                "This plan coordinates county departments.", "2. Tasks", "Each department checks its pumps."));
        assertTrue(adoc.startsWith("= Lakeside County Flood Preparedness Action Plan 2025\n"), adoc);
        assertTrue(adoc.contains(":plan-issuer: Lakeside County Emergency Management Agency\n"), adoc);
        assertTrue(adoc.contains(":plan-date: 2025-04-07\n"), adoc);
        String prepared = imported(text("prepared.txt", "Metro Transit Customer Information Campaign Plan 2025",
                "Prepared by the Marketing and Communications Department, Metro Transit Authority, 3 February 2025",
                "1. Purpose", "Riders are told of changes in time.", "2. Tasks", "Each depot posts notices."));
        assertTrue(prepared.contains(":plan-issuer: Marketing and Communications Department, Metro Transit Authority\n"), prepared);
        assertTrue(prepared.contains(":plan-date: 2025-02-03\n"), prepared);
        String unit = imported(text("unit.txt", "Oakridge Township Hydrant Flushing Plan 2025", "Oakridge Township Water Department",
                "Issued: March 31, 2025", "1. Purpose", "Hydrants are flushed every year.", "2. Tasks", "Crews flush by zone."));
        assertTrue(unit.contains(":plan-issuer: Oakridge Township Water Department\n"), unit);
        assertTrue(unit.contains(":plan-date: 2025-03-31\n"), unit);
    }

    /** Stage paragraphs "Phase 1 (period): what happens." are stages named by their number, their text kept. */
    @Test
    void phaseParagraphsWithALongSentenceAfterThePeriod() throws Exception {
        String adoc = imported(text("phases.txt", "Litter Free Summer Campaign Plan 2025", "1. Purpose", "Keep the town clean.",
                "2. What will happen and when",
                "Phase 1 (26 May – 13 June 2025): Business pledges and extra bins installed on the seafront and in Victoria Park.",
                "Phase 2 (14 June – 31 August 2025): Summer campaign: posters, weekend litter patrols and a litter pick.",
                "Phase 3 (September 2025): Review of collection data and a report to the Environment Committee.",
                "Eastfield Borough Council", "12 May 2025"));
        assertTrue(adoc.contains("Phase 1:: 26 May – 13 June 2025\nPhase 2:: 14 June – 31 August 2025\nPhase 3:: September 2025"), adoc);
        assertTrue(adoc.contains("Business pledges and extra bins installed on the seafront and in Victoria Park."), adoc);
    }

    /** Tables as English plans have them: a team without a role column, a post without a name, milestones with dates. */
    @Test
    void teamAndMilestoneTables() throws Exception {
        String adoc = imported(text("tables.txt", "Hand Hygiene Improvement Programme 2025", "1. Purpose", "Raise compliance.",
                "2. Programme team", "Name\tTitle\tAgency\nKaren Mitchell\tDirector\tEmergency Management\n"
                        + "Jose Ramirez\tDeputy Director\tPublic Works",
                "3. Timeline", "Milestone\tDate\tOwner\nBaseline audit completed\t30 June 2025\tFatima Al-Sayed\n"
                        + "Champions trained\tby 30 September 2025\tRobert Nguyen",
                "Northgate General Hospital", "2 June 2025"));
        assertTrue(adoc.contains("Members:: Karen Mitchell (Director, Emergency Management); Jose Ramirez (Deputy Director,"
                + " Public Works)"), adoc);
        assertFalse(adoc.contains("|Karen Mitchell"), "the table is the roster: " + adoc);
        String board = imported(text("board.txt", "Hand Hygiene Board Plan 2025", "1. Purpose", "Raise compliance.", "2. Board",
                "Role\tName\tPosition\nChair\tHelen Marsh\tDirector of Nursing\nMember\t\tWard managers of all wards",
                "3. Requirements", "Audits are monthly.", "Northgate General Hospital", "2 June 2025"));
        assertTrue(board.contains("Chair:: Helen Marsh (Director of Nursing)\nMember:: Ward managers of all wards"), board);
        assertTrue(adoc.contains("Baseline audit completed:: 30 June 2025\nChampions trained:: by 30 September 2025"), adoc);
    }

    /** Markdown as people write it: bold labels, pipe tables, numbered headings after a numbered list. */
    @Test
    void markdownMarksTablesAndNumberedHeadings() throws Exception {
        Path dir = Files.createTempDirectory("pp-md");
        Path f = Files.writeString(dir.resolve("plan.md"), String.join("\n", "# Community Vaccination Outreach Plan 2025", "",
                "**Prepared by:** Brookvale Public Health Unit", "**Date:** 18 August 2025", "**Plan reference:** BPHU-IMM-2025-07", "",
                "## 1. Purpose", "", "Raise uptake among adults aged 65 and over.", "", "## 2. Outreach Leadership Team", "",
                "- **Lead:** Dr. Samira Haddad, Consultant in Public Health", "- **Members:** Nia Roberts; Patrick Doyle", "",
                "## 3. Actions", "", "1. Pop-up clinics in community centres.", "2. Text-message reminders sent by GP practices.", "",
                "## 4. Timeline", "", "| Milestone | Date | Owner |", "|-----------|:----:|-------|",
                "| Clinic venues confirmed | 12 September 2025 | Owen Gallagher |", "| Campaign launch | 1 October 2025 | Dr. Samira Haddad |",
                "", "## 5. Evaluation", "", "Uptake is monitored weekly.", ""));
        String adoc = imported(f);
        assertTrue(adoc.contains(":plan-issuer: Brookvale Public Health Unit\n"), adoc);
        assertTrue(adoc.contains(":plan-number: BPHU-IMM-2025-07\n"), adoc);
        assertTrue(adoc.contains("Lead:: Dr. Samira Haddad (Consultant in Public Health)"), adoc);
        assertFalse(adoc.contains("asterisk"), adoc);
        assertTrue(adoc.contains("\n== 4. Timeline\n"), adoc);
        assertTrue(adoc.contains("\n== 5. Evaluation\n"), adoc);
        assertTrue(adoc.contains("Clinic venues confirmed:: 12 September 2025\nCampaign launch:: 1 October 2025"), adoc);
        assertTrue(adoc.contains("|Clinic venues confirmed |12 September 2025 |Owen Gallagher"), adoc);
        assertFalse(adoc.contains("|---"), adoc);
    }

    /** Leaders named in the sentence that sets up the group, members in a label line after it: one roster of both. */
    @Test
    void leadersInTheSentenceAndMembersInALineAfterIt() throws Exception {
        String adoc = imported(text("school.txt", "青溪县实验小学2025年读书活动方案", "一、组织机构",
                "学校成立以校长王淑琴为组长，副校长赵国平、教导主任孙丽为副组长的读书活动领导小组，成员如下：", "成员：各年级组长、刘敏",
                "二、活动要求", "各班要精心组织。", "青溪县实验小学", "2025年2月24日"));
        assertTrue(adoc.contains("[.roster]\n组长:: 王淑琴（校长）\n副组长:: 赵国平（副校长）；孙丽（教导主任）\n成员:: 各年级组长"), adoc);
    }

    /** Roles run together in one paragraph with a sentence after them; stages listed in a sentence, period first. */
    @Test
    void rolesInOneParagraphAndStagesInASentence() throws Exception {
        String adoc = imported(text("inline.txt", "宏达机械有限公司2025年“质量月”活动方案", "一、组织机构",
                "公司成立“质量月”活动领导小组。组长：王建国（总经理）；副组长：李明（副总经理）、王芳（质量总监）；成员：各车间主任、质检部全体人员。"
                        + "领导小组办公室设在质检部，负责活动的组织协调。",
                "二、时间安排", "活动分三个阶段进行：9月1日至9月7日为宣传发动阶段，9月8日至9月25日为集中实施阶段，9月26日至9月30日为总结评比阶段。",
                "宏达机械有限公司", "2025年8月25日"));
        assertTrue(adoc.contains("组长:: 王建国（总经理）\n副组长:: 李明（副总经理）、王芳（质量总监）\n成员:: 各车间主任、质检部全体人员\n"), adoc);
        assertTrue(adoc.contains("\n领导小组办公室设在质检部，负责活动的组织协调。\n"), adoc);
        assertTrue(adoc.contains("宣传发动阶段:: 9月1日至9月7日\n集中实施阶段:: 9月8日至9月25日\n总结评比阶段:: 9月26日至9月30日"), adoc);
    }

    /** The group's member list sent as an attachment after the signature, as county notices do, is the roster. */
    @Test
    void theRosterInAnAttachment() throws Exception {
        Path dir = Files.createTempDirectory("pp-txt");
        Path f = Files.writeString(dir.resolve("attached.txt"), String.join("\n", "南山县2025年道路交通安全“百日整治”行动方案", "",
                "　　为有效预防和减少道路交通事故，现制定方案如下。", "", "　　一、组织领导",
                "　　县政府成立行动领导小组（成员名单见附件），统筹推进整治工作。", "", "　　二、工作要求", "　　各乡镇要高度重视，落实责任。", "",
                "　　附件：南山县道路交通安全“百日整治”行动领导小组成员名单", "", "　　　　　　　　南山县人民政府", "　　　　　　　　2025年5月26日", "",
                "附件", "", "南山县道路交通安全“百日整治”行动领导小组成员名单", "", "　　组　长：马志刚　县长", "　　副组长：宋丽华　副县长",
                "　　　　　　钱卫东　县公安局局长", "　　成　员：周　明　县交通运输局局长", "　　　　　　吴　芳　县应急管理局局长", ""));
        Importer.Result r = new Importer().importFile(f, f.getParent(), new Importer.Options(null, null, false, true, false), f.toString());
        String adoc = r.plans().get(0).adoc();
        assertTrue(adoc.contains("[.roster]\n组长:: 马志刚（县长）\n副组长:: 宋丽华（副县长）、钱卫东（县公安局局长）\n"
                + "成员:: 周明（县交通运输局局长）、吴芳（县应急管理局局长）"), adoc);
        assertTrue(adoc.contains(":plan-issuer: 南山县人民政府\n"), adoc);
        assertFalse(r.messages().toString().contains("no leading group"), r.messages().toString());
    }

    /** Unnumbered headings stay headings when the schedule under one of them numbers its phases; posts label the team. */
    @Test
    void plainHeadingsWithNumberedPhasesAndPostLabels() throws Exception {
        Path dir = Files.createTempDirectory("pp-txt");
        Path f = Files.writeString(dir.resolve("hydrants.txt"), String.join("\n", "Oakridge Township Hydrant Flushing Plan 2025", "",
                "Oakridge Township Water Department", "Issued: March 31, 2025", "", "Purpose",
                "The Water Department flushes all fire hydrants every year.", "", "Program Team",
                "Program Manager: Gary Whitman, Water Superintendent", "Assistant Manager: Denise Cole, Distribution Supervisor", "",
                "Schedule", "1. Phase 1 - Notification (April 1-18): door hangers and alerts to residents.",
                "2. Phase 2 - North Zone flushing (April 21 - May 9)", "3. Phase 3 - Reporting (by July 15)", "", "Contact",
                "Questions go to the Water Department.", ""));
        String adoc = imported(f);
        assertTrue(adoc.contains("\n== Purpose\n"), adoc);
        assertTrue(adoc.contains("\n== Schedule\n"), adoc);
        assertTrue(adoc.contains("\n== Contact\n"), adoc);
        assertTrue(adoc.contains("Program Manager:: Gary Whitman (Water Superintendent)\nAssistant Manager:: Denise Cole"), adoc);
        assertTrue(adoc.contains("Notification:: April 1-18\nNorth Zone flushing:: April 21 - May 9\nReporting:: by July 15"), adoc);
    }

    /** A plain-text title in capitals on two lines is one title; a "Responsibilities" section holds the roster. */
    @Test
    void aTitleInCapitalsOnTwoLinesAndAResponsibilitiesSection() throws Exception {
        String adoc = imported(text("caps.txt", "ST. MARY'S PARISH SUMMER FOOD PROGRAMME", "ACTION PLAN 2025", "1. Background",
                "The parish serves free lunches in the holidays.", "2. Responsibilities", "Coordinator: Mrs. B. O'Neill",
                "Assistant Coordinators: Mr. T. Adeyemi and Ms. K. Kowalski", "3. Funding", "The diocese funds the kitchen.",
                "Parish Social Action Committee", "5 May 2025"));
        assertTrue(adoc.startsWith("= ST. MARY'S PARISH SUMMER FOOD PROGRAMME ACTION PLAN 2025\n"), adoc);
        assertTrue(adoc.contains("[.roster]\nCoordinator:: Mrs. B. O'Neill\nAssistant Coordinators:: Mr. T. Adeyemi and Ms. K. Kowalski"), adoc);
    }

    /** "chaired by the Headteacher, Mrs. Patricia Evans. The Deputy Headteacher, Mr. Daniel Cho, is vice-chair." */
    @Test
    void postThenNameInTheSentenceThatSetsUpTheGroup() throws Exception {
        String adoc = imported(text("school.txt", "Greenfield Primary School Kindness Week Plan 2025", "1. Campaign Team",
                "The campaign will be led by a working group chaired by the Headteacher, Mrs. Patricia Evans. The Deputy Headteacher,"
                        + " Mr. Daniel Cho, is vice-chair.", "Members: Ms. Aisha Rahman (SENCO); Mr. Luke Patterson (PSHE Lead)",
                "2. Activities", "Every class agrees a kindness charter.", "Greenfield Primary School", "1 September 2025"));
        assertTrue(adoc.contains("[.roster]\nChair:: Mrs. Patricia Evans (Headteacher)\nVice-chair:: Mr. Daniel Cho (Deputy Headteacher)\n"
                + "Members:: Ms. Aisha Rahman (SENCO); Mr. Luke Patterson (PSHE Lead)"), adoc);
    }

    @Test
    void severalNumberedItemsInOneParagraphAreAList() throws Exception {
        String adoc = imported(text("inline.txt", "青山县2024年农村供水保障工作方案", "一、主要任务", "（一）开展水源地排查。（二）加强水质检测。（三）做好应急储备。",
                "二、工作要求", "各乡镇要高度重视。", "青山县水利局", "2024年5月20日"));
        assertFalse(adoc.contains("=== （一）"), adoc);
        assertTrue(adoc.contains("开展水源地排查。"), adoc);
        assertTrue(adoc.contains("加强水质检测。"), adoc);
        assertTrue(adoc.contains("做好应急储备。"), adoc);
    }

    @Test
    void aProseRosterKeepsTheDeputyAndTheirPositions() throws Exception {
        String adoc = imported(text("prose.txt", "Elm Street Customer Outreach Plan 2024", "1. Organisation",
                "A steering group chaired by Helen Carter, Head of Customer Operations, with David Park, Network Delivery Manager, as deputy"
                        + " chair, oversees the outreach. Its members are Grace Lee (Communications) and Omar Haddad (Site Manager).",
                "2. Requirements", "Notices are approved first.", "Riverside Water Company", "20 May 2024"));
        assertTrue(adoc.contains("Chair:: Helen Carter (Head of Customer Operations)"), adoc);
        assertTrue(adoc.contains("Deputy chair:: David Park (Network Delivery Manager)"), adoc);
    }

    @Test
    void aBulletedTeamUnderATeamHeadingIsTheRoster() throws Exception {
        String adoc = imported(text("team.txt", "Northgate Customer Outreach Plan 2024", "1. Purpose", "Customers are kept informed.",
                "2. Project Team", "• Project Sponsor: Karen Whitfield, General Manager", "• Outreach Lead: Daniel Ortiz, Communications Manager",
                "3. Requirements", "Notices are approved first.", "Northgate Water Utility", "3 June 2024"));
        assertTrue(adoc.contains("[.roster]\nProject Sponsor:: Karen Whitfield (General Manager)\nOutreach Lead:: Daniel Ortiz"), adoc);
    }

    @Test
    void wordNumberFormats() {
        assertTrue(DocxReader.format(12, "chineseCounting").equals("十二"));
        assertTrue(DocxReader.format(3, "ideographTraditional").equals("丙"));
        assertTrue(DocxReader.format(2, "chineseLegalSimplified").equals("贰"));
        assertTrue(DocxReader.format(3, "decimalEnclosedCircle").equals("③"));
        assertTrue(DocxReader.format(4, "upperRoman").equals("IV"));
        assertTrue(DocxReader.format(2, "decimalFullWidth").equals("２"));
    }

    @Test
    void thePageTitleLosesTheSiteNotThePlansOwnParts() {
        assertTrue(WebTitle.withoutSite("清水镇中心小学防溺水专项行动方案-清水镇人民政府", "").equals("清水镇中心小学防溺水专项行动方案"));
        assertTrue(WebTitle.withoutSite("某镇防火工作方案_某镇人民政府", "").equals("某镇防火工作方案"));
        assertTrue(WebTitle.withoutSite("Water Safety Plan | News | Pinecrest School District", "").equals("Water Safety Plan"));
        assertTrue(WebTitle.withoutSite("Outreach Plan – Elm Street Corridor | Riverside Water", "Riverside Water 2024")
                .equals("Outreach Plan – Elm Street Corridor"));
    }

    @Test
    void titleCaseLinesStayTextWhenThePlanNumbersItsHeadings() throws Exception {
        String adoc = imported(text("numbered.txt", "Harbor Outreach Plan 2024", "1. Purpose", "Customers are kept informed.",
                "Harbor View Residents", "Letters go to every address.", "2. Measures", "Main Street Businesses", "Staff visit each business.",
                "Bay Avenue Schools", "Schools get a weekly note.", "3. Requirements", "Notices are approved first.", "Harbor Water", "20 May 2024"));
        assertFalse(adoc.contains("== Harbor View Residents"), adoc);
        assertFalse(adoc.contains("== Main Street Businesses"), adoc);
        assertTrue(adoc.contains("== 2. Measures"), adoc);
    }

    @Test
    void anIssuingNoticeAboveThePlansTitleOnAWebPageStays() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>关于印发某县防汛工作方案的通知</title></head><body><div class=\"content\">"
                + "<h1>关于印发某县防汛工作方案的通知</h1><p>某政办〔2024〕8号</p><p>各乡镇：现将《某县防汛工作方案》印发给你们，请认真贯彻执行。</p>"
                + "<p>某县人民政府办公室</p><p>2024年5月20日</p><h2>某县防汛工作方案</h2><p>一、组织领导</p><p>组长：张三（县长）</p>"
                + "<p>二、工作要求</p><p>各乡镇要落实责任。</p></div></body></html>";
        String adoc = imported(page("notice.html", html, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(adoc.startsWith("= 某县防汛工作方案\n"), adoc);
        assertTrue(adoc.contains(":plan-number: 某政办〔2024〕8号"), adoc);
    }
}
