package org.planpress.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documents of {@link RealDocuments2Test}, built as offices and sites make them. */
final class Docs2 {

    private Docs2() {
    }

    static final String W = RealDocx.NS;

    static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String para(String style, String inner) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + inner + "</w:p>";
    }

    /** A paragraph style with its own run properties (rPr XML) and outline level (or -1). */
    static String style(String id, String name, int outline, String rpr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/><w:pPr>"
                + (outline >= 0 ? "<w:outlineLvl w:val=\"" + outline + "\"/>" : "") + "</w:pPr><w:rPr>" + rpr + "</w:rPr></w:style>";
    }

    /** WPS: 正文, 标题 2 and 标题 3 by their numeric ids, 列出段落 with automatic numbering, a 标题 title. */
    static Path wps(Path dir) throws Exception {
        Path f = dir.resolve("wps-list.docx");
        RealDocx d = new RealDocx().list("decimal", "%1.")
                .styleXml("<w:style w:type=\"paragraph\" w:styleId=\"a\"><w:name w:val=\"正文\"/><w:rPr><w:sz w:val=\"32\"/></w:rPr></w:style>")
                .styleXml(style("2", "标题 2", 1, "<w:b/><w:sz w:val=\"32\"/>"))
                .styleXml(style("3", "标题 3", 2, "<w:b/><w:sz w:val=\"32\"/>"))
                .styleXml(style("a5", "列出段落", -1, "<w:sz w:val=\"32\"/>").replace("<w:pPr>", "<w:pPr><w:ind w:firstLineChars=\"200\"/>"))
                .styleXml(style("a3", "标题", -1, "<w:b/><w:sz w:val=\"44\"/>").replace("<w:pPr>", "<w:pPr><w:jc w:val=\"center\"/>"));
        d.raw(para("a3", run("南湖街道2025年夏季防溺水工作方案")))
                .raw(para("a", run("为切实加强未成年人防溺水安全教育，保障辖区群众生命安全，结合街道实际，制定本方案。")))
                .raw(para("2", run("一、组织领导")))
                .raw(para("a", run("街道成立夏季防溺水工作领导小组：")))
                .raw(para("a", run("组  长：周海涛（街道办事处主任）")))
                .raw(para("a", run("副组长：林晓东（街道办事处副主任）、郑丽（街道安监站站长）")))
                .raw(para("a", run("成  员：各社区党支部书记")))
                .raw(para("2", run("二、工作任务")))
                .raw(para("3", run("（一）开展隐患排查")))
                .raw("<w:p><w:pPr><w:pStyle w:val=\"a5\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                        + run("对辖区内河道、池塘、水库逐一登记。") + "</w:p>")
                .raw("<w:p><w:pPr><w:pStyle w:val=\"a5\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                        + run("在危险水域设置警示牌和救生圈。") + "</w:p>")
                .raw(para("3", run("（二）加强宣传教育")))
                .raw(para("a", run("利用社区广播、微信群等渠道开展宣传。")))
                .raw(para("2", run("三、时间安排")))
                .raw(para("a", run("1.部署阶段（2025年5月20日—5月31日）：制定方案，落实责任。")))
                .raw(para("a", run("2.实施阶段（2025年6月1日—8月31日）：开展巡查和宣传。")))
                .raw(para("a", run("3.总结阶段（2025年9月1日—9月10日）：总结经验，表彰先进。")))
                .raw("<w:p><w:pPr><w:pStyle w:val=\"a\"/><w:jc w:val=\"right\"/></w:pPr>" + run("南湖街道办事处") + "</w:p>")
                .raw("<w:p><w:pPr><w:pStyle w:val=\"a\"/><w:jc w:val=\"right\"/></w:pPr>" + run("2025年5月15日") + "</w:p>");
        return d.write(f);
    }

    static final String TXBX_BODY = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"48\"/></w:rPr><w:t>%s</w:t></w:r></w:p>";

    /** A text box holding the title (DrawingML with its VML fallback, as Word saves it), footnotes and endnotes. */
    static Path textBoxNotes(Path dir) throws Exception {
        Path f = dir.resolve("textbox-notes.docx");
        String title = "Riverside Flood Preparedness Plan 2025";
        String box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" "
                + "simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"5400000\" cy=\"720000\"/><wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>"
                + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5400000\" cy=\"720000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>"
                + "<wps:txbx><w:txbxContent>" + String.format(TXBX_BODY, title) + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id=\"tb1\" type=\"#_x0000_t202\" style=\"width:425pt;height:56pt\">"
                + "<v:textbox><w:txbxContent>" + String.format(TXBX_BODY, title) + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        String notes = "<w:%1$s w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:%1$s>"
                + "<w:%1$s w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%1$s>";
        String fn = "<w:footnotes " + W + ">" + String.format(notes, "footnote")
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + run(" Flood zones as mapped by the Environment Agency in 2023.") + "</w:p></w:footnote>"
                + "</w:footnotes>";
        String en = "<w:endnotes " + W + ">" + String.format(notes, "endnote")
                + "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>" + run(" Volunteers are insured under the council's public liability policy.") + "</w:p></w:endnote>"
                + "</w:endnotes>";
        return new RealDocx().style("Heading1", "heading 1", 0)
                .raw(box)
                .p(null, "center", false, "Riverside Borough Council")
                .raw("<w:p>" + run("This plan explains how the council and volunteers will prepare the riverside wards for winter flooding")
                        + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
                        + run(".") + "</w:p>")
                .p("Heading1", null, false, "1. Roles")
                .p(null, null, false, "Lead: Ms Grace Okafor (Emergency Planning Officer)")
                .raw("<w:p>" + run("Volunteers: Mr Dan Price; Mrs Ellen Shaw")
                        + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:endnoteReference w:id=\"1\"/></w:r></w:p>")
                .p("Heading1", null, false, "2. Timeline")
                .p(null, null, false, "Preparation (1–31 October 2025): check sandbag stores and pumps.")
                .p(null, null, false, "Response (November 2025 – February 2026): staff the flood line and deliver sandbags.")
                .part("footnotes.xml", "rId10", "footnotes", "footnotes", fn)
                .part("endnotes.xml", "rId11", "endnotes", "endnotes", en)
                .write(f);
    }

    static String fld(String instr, String result) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + instr + " </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(result) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    /** Tracked changes (insertions and deletions), a DATE field and PAGE fields in the body, a simple field. */
    static Path tracked(Path dir) throws Exception {
        Path f = dir.resolve("tracked.docx");
        String ins = "<w:ins w:id=\"%d\" w:author=\"李主任\" w:date=\"2025-03-02T10:00:00Z\">%s</w:ins>";
        String del = "<w:del w:id=\"%d\" w:author=\"李主任\" w:date=\"2025-03-02T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">%s</w:delText></w:r></w:del>";
        return new RealDocx().list("chineseCounting", "%1、")
                .p(null, "center", true, "东山社区2025年春季爱国卫生运动实施方案")
                .raw("<w:p>" + run("为巩固") + String.format(del, 1, "国家") + String.format(ins, 2, run("全国")) + run("文明城市创建成果，制定本方案。") + "</w:p>")
                .numbered("1", 0, "组织机构")
                .raw("<w:p>" + run("组  长：") + String.format(del, 3, "王刚") + String.format(ins, 4, run("陈立群")) + run("（社区党委书记）") + "</w:p>")
                .raw("<w:p>" + run("副组长：刘芳（社区主任）") + String.format(ins, 5, run("、何晓（社区副主任）")) + "</w:p>")
                .raw("<w:p><w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"李主任\" w:date=\"2025-03-02T10:00:00Z\"/></w:rPr></w:pPr>"
                        + String.format(del, 6, "成  员：待定") + "</w:p>")
                .numbered("1", 0, "活动安排")
                .raw("<w:p>" + run("1.动员阶段（3月1日—3月10日）：") + String.format(ins, 7, run("召开动员会，")) + run("张贴倡议书。") + "</w:p>")
                .raw("<w:p>" + run("2.整治阶段（3月11日—4月30日）：清理楼道堆物") + String.format(del, 8, "和小广告") + run("。") + "</w:p>")
                .raw("<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>" + run("东山社区居民委员会") + "</w:p>")
                .raw("<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>" + fld("DATE \\@ \"yyyy年M月d日\"", "2025年2月26日") + "</w:p>")
                .raw("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run("— ") + fld("PAGE", "1") + run(" —") + "</w:p>")
                .raw("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run("第 ") + "<w:fldSimple w:instr=\" PAGE \">" + run("2") + "</w:fldSimple>"
                        + run(" 页 共 ") + "<w:fldSimple w:instr=\" NUMPAGES \">" + run("2") + "</w:fldSimple>" + run(" 页") + "</w:p>")
                .write(f);
    }

    static String cell(String text) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p>" + run(text) + "</w:p></w:tc>";
    }

    /** A long roster in a Word table whose header row repeats on each page (w:tblHeader). */
    static Path rosterTable(Path dir) throws Exception {
        Path f = dir.resolve("roster-table.docx");
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/>"
                + "<w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"5000\"/></w:tblGrid>");
        t.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>").append(cell("职务")).append(cell("姓名")).append(cell("工作单位及职务")).append("</w:tr>");
        String[] names = {"王志强", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐斌", "孙丽", "胡军", "朱婷", "高峰",
            "林涛", "何颖", "郭亮", "马超", "罗娟", "梁勇", "宋佳", "郑浩", "谢芳", "韩冰", "唐宁", "冯雪", "于波", "董洁", "萧然", "程刚", "曹阳",
            "袁媛", "邓辉", "许诺", "傅强", "沈燕", "曾毅", "彭博", "吕琳"};
        for (int i = 0; i < names.length; i++) {
            String role = i == 0 ? "组长" : i < 3 ? "副组长" : "成员";
            t.append("<w:tr>").append(cell(role)).append(cell(names[i])).append(cell("第" + DocxReader.chinese(i + 1) + "中学校长")).append("</w:tr>");
        }
        t.append("</w:tbl>");
        return new RealDocx().list("chineseCounting", "%1、")
                .p(null, "center", true, "西城区2025年中小学校园安全专项检查工作方案")
                .p(null, null, false, "为切实加强校园安全管理，区教委决定开展校园安全专项检查，现制定方案如下。")
                .numbered("1", 0, "检查组人员")
                .raw(t.toString())
                .numbered("1", 0, "检查安排")
                .p(null, null, false, "1.自查阶段（2025年3月1日—3月15日）：各校对照清单开展自查。")
                .p(null, null, false, "2.抽查阶段（2025年3月16日—4月15日）：检查组分片开展抽查。")
                .p(null, "right", false, "西城区教育委员会")
                .p(null, "right", false, "2025年2月20日")
                .write(f);
    }

    static String longZh(int k) {
        String[] s = {"各社区要严格落实网格化管理责任，", "组织网格员逐户走访，全面掌握辖区独居老人、留守儿童和残疾人等特殊群体的基本情况，",
            "建立“一人一档”服务台账；", "对排查发现的安全隐患，要当场登记、限期整改，", "确保问题不过夜、隐患不积累。", "同时，要充分发挥志愿者队伍作用，",
            "通过“邻里守望”“结对帮扶”等方式，", "为特殊群体提供生活照料、精神慰藉和应急救助等服务，", "切实增强群众的获得感、幸福感、安全感。"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length; i++) b.append(s[(i + k) % s.length]);
        return b.toString();
    }

    /** Justified Chinese paragraphs (w:jc both) of several lines; with a running header and a 第 X 页 共 Y 页 footer. */
    static Path justifiedWithFurniture(Path dir, boolean furniture) throws Exception {
        Path f = dir.resolve(furniture ? "furniture.docx" : "justified.docx");
        RealDocx d = new RealDocx().list("chineseCounting", "%1、", "chineseCounting", "（%2）")
                .p(null, "center", true, "青山县2025年关爱特殊群体工作方案")
                .p(null, null, false, "为认真贯彻落实上级关于加强民生保障工作的部署要求，进一步做好特殊群体关爱服务工作，结合我县实际，制定本方案。");
        d.numbered("1", 0, "组织领导");
        d.p(null, null, false, "组  长：韩春生（县民政局局长）");
        d.p(null, null, false, "副组长：蒋丽华（县民政局副局长）、袁志（县残联理事长）");
        d.numbered("1", 0, "重点任务");
        for (int i = 0; i < (furniture ? 9 : 3); i++) {
            d.numbered("1", 1, "任务" + DocxReader.chinese(i + 1));
            d.raw("<w:p><w:pPr><w:jc w:val=\"both\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"32\"/></w:rPr><w:t>"
                    + longZh(i) + "</w:t></w:r></w:p>");
        }
        d.numbered("1", 0, "实施步骤");
        d.p(null, null, false, "1.摸底阶段（2025年4月1日—4月30日）：全面摸清底数。");
        d.p(null, null, false, "2.服务阶段（2025年5月1日—11月30日）：落实关爱措施。");
        d.p(null, "right", false, "青山县民政局");
        d.p(null, "right", false, "2025年3月25日");
        if (furniture) {
            String hdr = "<w:hdr " + W + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run("青山县民政局") + "</w:p></w:hdr>";
            String ftr = "<w:ftr " + W + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run("第 ") + fld("PAGE", "1") + run(" 页 共 ")
                    + fld("NUMPAGES", "1") + run(" 页") + "</w:p></w:ftr>";
            d.part("header1.xml", "rId20", "header", "header", hdr).part("footer1.xml", "rId21", "footer", "footer", ftr)
                    .section("<w:headerReference w:type=\"default\" r:id=\"rId20\"/><w:footerReference w:type=\"default\" r:id=\"rId21\"/>");
        }
        return d.write(f);
    }

    /**
     * Headings marked only by a Word heading style (no numbering in them): in the body's size and weight, bold only, or
     * larger; English and Chinese; and Word-numbered headings whose number has nothing after it ("1.Purpose").
     */
    static Path styleHeadings(Path dir, String name, String rpr, boolean zh) throws Exception {
        Path f = dir.resolve(name + ".docx");
        String h1 = zh ? "标题 1" : "heading 1", h2 = zh ? "标题 2" : "heading 2";
        RealDocx d = new RealDocx().styleXml(style("H1", h1, 0, rpr)).styleXml(style("H2", h2, 1, rpr));
        if (zh) {
            d.p(null, "center", true, "河西区2025年垃圾分类推进工作方案")
                    .p(null, null, false, "为深入推进生活垃圾分类工作，结合我区实际，制定本方案。")
                    .p("H1", null, false, "工作目标")
                    .p(null, null, false, "到2025年底，全区居民小区垃圾分类覆盖率达到百分之九十五以上。")
                    .p("H1", null, false, "组织机构")
                    .p("H2", null, false, "领导小组")
                    .p(null, null, false, "组  长：曹文军（区长）")
                    .p(null, null, false, "副组长：沈丽（副区长）")
                    .p("H2", null, false, "工作专班")
                    .p(null, null, false, "专班设在区城管局，负责日常协调。")
                    .p("H1", null, false, "实施步骤")
                    .p(null, null, false, "宣传发动阶段（2025年3月1日—3月31日）：开展入户宣传。")
                    .p(null, null, false, "全面推进阶段（2025年4月1日—10月31日）：推行定时定点投放。")
                    .p("H1", null, false, "保障措施")
                    .p(null, null, false, "区财政安排专项资金保障分类设施建设。")
                    .p(null, "right", false, "河西区人民政府")
                    .p(null, "right", false, "2025年2月18日");
        } else {
            d.p(null, "center", true, "Oakfield Library Summer Reading Plan 2025")
                    .p(null, null, false, "This plan sets out how the library will run its summer reading challenge for children.")
                    .p("H1", null, false, "Purpose")
                    .p(null, null, false, "To keep children reading during the summer holidays and to welcome new members.")
                    .p("H1", null, false, "Organisation")
                    .p("H2", null, false, "Project team")
                    .p(null, null, false, "Lead: Mrs Anna Lewis (Children's Librarian)")
                    .p(null, null, false, "Members: Mr Sam Hughes; Ms Priya Nair")
                    .p("H2", null, false, "Partners")
                    .p(null, null, false, "Local primary schools promote the challenge in assemblies.")
                    .p("H1", null, false, "Timeline")
                    .p(null, null, false, "Launch (1–12 July 2025): visit schools and sign up children.")
                    .p(null, null, false, "Challenge (12 July – 31 August 2025): children read six books and collect rewards.")
                    .p("H1", null, false, "Budget")
                    .p(null, null, false, "The Friends of the Library fund the medals and certificates.")
                    .p(null, "right", false, "Oakfield Library Service")
                    .p(null, "right", false, "10 June 2025");
        }
        return d.write(f);
    }

    /** Word-numbered headings (a list on the Heading styles) whose number is followed by nothing ("1.Purpose"). */
    static Path numberNoSpace(Path dir, String suff) throws Exception {
        Path f = dir.resolve("number-" + suff + ".docx");
        String lv = "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"" + suff + "\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"" + suff + "\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>";
        String styles = WordXml.headingStyle(1) + WordXml.headingStyle(2);
        String body = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run("Millbrook Parish Tree Planting Plan") + "</w:p>"
                + WordXml.p("Normal", null, "Millbrook Parish Council will plant two hundred trees on the green and along School Lane.")
                + WordXml.p("Heading1", null, "Purpose")
                + WordXml.p("Normal", null, "To improve shade and wildlife on the village green.")
                + WordXml.p("Heading1", null, "Organisation")
                + WordXml.p("Heading2", null, "Team")
                + WordXml.p("Normal", null, "Chair: Cllr Ruth Ellis")
                + WordXml.p("Normal", null, "Volunteers: Mr Joe Kemp; Mrs Lily Ward")
                + WordXml.p("Heading1", null, "Timeline")
                + WordXml.p("Normal", null, "Planting (1–30 November 2025): plant the trees with volunteers.")
                + WordXml.p("Normal", null, "Aftercare (December 2025 – March 2026): water and check the trees.");
        return WordXml.write(f, body, styles, lv);
    }

    /** A school site laid out by one big table: banner, menu column, the article in a cell, a footer row. */
    static Path schoolTableLayout(Path dir) throws Exception {
        Path f = dir.resolve("school-table.html");
        Files.writeString(f, """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>关于开展2025年春季运动会的实施方案 - 城南实验小学</title></head>
                <body><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
                <tr><td colspan="2" class="banner"><img src="logo.gif" alt="城南实验小学"></td></tr>
                <tr><td colspan="2" class="nav"><a href="/">网站首页</a> | <a href="/xxgk">学校概况</a> | <a href="/news">新闻动态</a> | <a href="/tzgg">通知公告</a></td></tr>
                <tr><td width="200" valign="top" class="left"><table width="100%"><tr><td class="lm">通知公告</td></tr><tr><td><a href="/a">教学动态</a></td></tr><tr><td><a href="/b">德育园地</a></td></tr></table></td>
                <td width="780" valign="top"><table width="100%" border="0">
                <tr><td align="center" class="title"><strong>关于开展2025年春季运动会的实施方案</strong></td></tr>
                <tr><td align="center" class="info">发布时间：2025-03-28　　来源：体育组　　浏览次数：<span id="hits">356</span></td></tr>
                <tr><td class="content">
                <p>为丰富校园文化生活，增强学生体质，学校决定举办2025年春季运动会，特制定本方案。</p>
                <p><strong>一、组织机构</strong></p>
                <p>总指挥：孔德明（校长）</p>
                <p>副总指挥：钱小燕（副校长）、邱实（体育组组长）</p>
                <p><strong>二、时间安排</strong></p>
                <p>1.报名阶段（4月1日—4月10日）：各班班主任组织学生报名。</p>
                <p>2.比赛阶段（4月24日—4月25日）：在学校操场举行各项比赛。</p>
                <p><strong>三、安全要求</strong></p>
                <p>各班主任要做好学生安全教育，校医全程在场。</p>
                <p align="right">城南实验小学</p><p align="right">2025年3月28日</p>
                </td></tr><tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
                <tr><td>上一篇：<a href="/p">关于清明节放假的通知</a><br>下一篇：<a href="/n">三月教学检查通报</a></td></tr></table></td></tr>
                <tr><td colspan="2" align="center" class="footer">版权所有：城南实验小学　地址：城南区学府路8号　电话：0571-88886666<br>浙ICP备05012345号</td></tr>
                </table></body></html>
                """, StandardCharsets.UTF_8);
        return f;
    }

    /** A page whose plan is lines separated by &lt;br&gt; in one div, not paragraphs. */
    static Path brLines(Path dir) throws Exception {
        Path f = dir.resolve("br-lines.html");
        Files.writeString(f, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Greenway Community Clean-up Plan</title></head><body>
                <div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
                <div class="article"><h1>Greenway Community Clean-up Plan</h1>
                <div class="body">Greenway Residents' Association will hold a clean-up of the canal towpath this spring.<br><br>
                <b>1. Team</b><br>
                Coordinator: Mr Alan Brooks<br>
                Helpers: Mrs June Fisher; Mr Ravi Patel<br><br>
                <b>2. Schedule</b><br>
                Preparation (3–14 March 2025): order bags and litter pickers and book the skip.<br>
                Clean-up day (22 March 2025): meet at the lock gates at 9 am.<br><br>
                <b>3. Safety</b><br>
                Gloves and high-visibility vests are provided; children must be with an adult.<br>
                Greenway Residents' Association, 1 March 2025</div></div>
                <div class="footer">© 2025 Greenway Residents' Association · Privacy · Contact us</div></body></html>
                """, StandardCharsets.UTF_8);
        return f;
    }

    static Path markdown(Path dir) throws Exception {
        Path f = dir.resolve("plan-zh.md");
        Files.writeString(f, """
                # 滨江社区2025年消防安全宣传月活动方案

                为提高居民消防安全意识，社区决定于2025年11月开展消防安全宣传月活动。

                ## 一、组织机构

                组　长：严冬梅（社区党委书记）

                副组长：蔡永（社区主任）、潘晓（物业经理）

                ## 二、活动安排

                ### （一）宣传阶段（2025年11月1日—11月15日）

                张贴海报，发放《家庭消防安全手册》。

                ### （二）演练阶段（2025年11月16日—11月30日）

                组织居民开展灭火和疏散演练。

                ## 三、工作要求

                各网格员要**提前入户通知**，确保居民知晓。

                滨江社区居民委员会
                2025年10月20日
                """, StandardCharsets.UTF_8);
        return f;
    }
}
