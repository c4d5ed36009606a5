package org.planpress.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planpress.roster.RosterProse;

import org.planpress.importer.ImportedPlan.Block;
import org.planpress.importer.ImportedPlan.Heading;
import org.planpress.importer.ImportedPlan.ItemList;
import org.planpress.importer.ImportedPlan.Para;
import org.planpress.importer.ImportedPlan.RoleLine;
import org.planpress.importer.ImportedPlan.Roster;
import org.planpress.importer.ImportedPlan.StageLine;
import org.planpress.importer.ImportedPlan.Table;
import org.planpress.importer.ImportedPlan.Timeline;

/**
 * Finds a plan's structure in paragraphs, whatever format they came from: the title, issuer, date and number (from
 * a signature block or an issuing notice), headings nested by their numbering style, run-in headings, the leading
 * group, the stages, lists, tables and attachments. Every sentence of the body is kept.
 */
public final class PlanDetector {

    private static final Pattern TITLE_WORDS = Pattern.compile(
            "方案|计划|规划|安排|意见|办法|细则|要点|(?i)\\b(plans?|programmes?|programs?|scheme|arrangements?|campaign)\\b");
    /** A title that names the document's kind: an activity plan, work plan, implementation plan, 方案, 计划. */
    private static final Pattern PLAN_TITLE = Pattern.compile("方案|计划|规划|(?i)\\bplans?\\b\\W*(?:\\d{4})?\\W*$|\\bplan\\b");
    private static final Pattern DOC_NO = Pattern.compile("([\\p{IsHan}A-Za-z]{1,14}\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*\\d{1,4}\\s*号)");
    private static final Pattern NOTICE_TITLE = Pattern.compile("^关于.{0,40}(印发|转发|下发|公布|发布).{0,80}的?(通知|函)$");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern XIANJIANG = Pattern.compile("现将|印发给你们|转发给你们|请认真(贯彻)?执行|请遵照执行|请结合实际");
    private static final Pattern TAIL = Pattern.compile("^(抄送|抄报|主送|分送|报送|发送)\\s*[：:]|^[（(]此件.{0,16}[）)]$|印发\\s*$|^[-—─_=*＿]{3,}$");
    private static final Pattern ATTACH = Pattern.compile("^(附件(下载)?|附表|附录)\\s*[\\d一二三四五六七八九十]*\\s*([：:、.．]|$|\\s)"
            + "|^(?i)(attachments?|annex(es)?|appendix|appendices)\\b\\s*(\\d+|[a-z]|[ivx]{1,4})?\\s*([:.–—]|\\s-\\s|$)"); // Appendix A – Membership
    private static final Pattern STAGE_SECTION = Pattern.compile(
            "步骤|时间安排|活动安排|进度安排|工作安排|进度|阶段|日程|时间节点|(?i)implementation\\s+(steps?|stages?|phases?)|time\\s*arrangements?|timetable"
                + "|schedule|stages|phases|steps|timeline|timing|time\\s*frames?|timescales?|key\\s+dates|milestones");
    private static final Pattern STAGE_WORD = Pattern.compile("阶段|步|(?i)\\b(stage|phase|step)s?\\b");
    private static final Pattern ORG_SECTION = Pattern.compile("组织|领导|机构|小组|指挥部|职责|分工|(?i)organi[sz]ation|leadership|leading\\s+group"
        + "|steering|committee|\\bteam\\b|working\\s+group|responsibilit|\\broles\\b|governance|who does what");
    private static final Pattern YEAR_LABEL = Pattern.compile("(?i)(?:year|年度|年份)\\s*[:：]\\s*((?:19|20)\\d{2})");
    /** A signature on one line: the unit, then the date (某某县人民政府 2024年5月20日). */
    private static final Pattern UNIT_THEN_DATE = Pattern.compile("^(.{2,40}?)\\s*(" + Dates.ZH_DATE.pattern() + ")$");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:19|20)\\d{2}(?:\\s*[–—-]\\s*(?:19|20)?\\d{2})?(?:年|年度)?");
    private static final Pattern TIME_LINE = Pattern.compile("^(?i)(时间|时间安排|活动时间|实施时间|工作时间|time|period|dates?|when|duration)\\s*[:：]\\s*(.{2,50}?)[。.;；]?$");
    /** A title line that goes on: it ends with a dash, a colon or a word that cannot end a title. */
    private static final Pattern OPEN_END = Pattern.compile("[–—:：\\-]$|(?i)\\b(of|and|for|the|to|in|on|with|a)$");
    private static final Pattern BRACKET = Pattern.compile("[（(]([^（）()]{1,60})[）)]");

    /**
     * Finds the plans in the paragraphs.
     *
     * @param split true to look for several plans one after another (each starts with a title and numbering from 1)
     */
    /**
     * The paragraphs with each table of one cell opened: a box drawn around lines (a notice's red header and its
     * 文号 set in a one-cell table, a framed note) holds paragraphs, not a table. Its lines keep the table's place.
     */
    static List<Paragraph> unboxed(List<Paragraph> input) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : input) {
            boolean box = p.isTable() && p.rows().size() == 1 && p.rows().get(0).size() == 1;
            if (!box) {
                out.add(p);
                continue;
            }
            for (String line : p.rows().get(0).get(0).split("\\R")) {
                if (!Text.strip(line).isEmpty()) out.add(new Paragraph(Text.strip(line), 0, false, false, null, p.line()));
            }
        }
        return out;
    }

    public List<ImportedPlan> detect(List<Paragraph> input, boolean split) {
        List<Paragraph> ps = new ArrayList<>();
        for (Paragraph p : unboxed(input)) {
            if (p.isTable()) {
                if (!p.rows().isEmpty()) ps.add(p);
                continue;
            }
            String t = RosterText.plainLabel(Text.strip(p.text()));
            if (!t.isEmpty()) for (String part : RosterText.splitRoles(t)) ps.add(p.withText(RosterText.plainLabel(part))); // 组长：…；副组长：…
        }
        List<String[]> furniture = new ArrayList<>();
        ps.removeIf(p -> {
            boolean page = !p.isTable() && PageNumber.is(p.text());
            if (page) furniture.add(new String[] {String.valueOf(p.line()), "left out (a page number): \"" + clip(p.text()) + "\""});
            return page;
        });
        ps = Contents.without(ps, (line, msg) -> furniture.add(new String[] {String.valueOf(line), msg}));
        List<ImportedPlan> out = new ArrayList<>();
        if (ps.isEmpty()) return out;
        List<Integer> cuts = split ? cuts(ps) : List.of(0);
        for (int c = 0; c < cuts.size(); c++) {
            int from = cuts.get(c), to = c + 1 < cuts.size() ? cuts.get(c + 1) : ps.size();
            out.add(detectOne(ps.subList(from, to)));
        }
        for (String[] f : furniture) out.get(0).note(Integer.parseInt(f[0]), f[1]);
        return out;
    }

    /** Where each plan starts: a title-like paragraph followed by numbering restarting at 1, after a plan with headings. */
    static List<Integer> cuts(List<Paragraph> ps) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        int numbered = 0;
        String top = null; // the numbering style of the current plan's first numbered paragraph
        for (int i = 1; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.isTable()) continue;
            Numbering n = Numbering.of(p.text());
            if (n != null) {
                numbered++;
                if (top == null) top = n.style();
                continue;
            }
            if (numbered < 3 || !titleLike(p)) continue;
            for (int j = i + 1; j < Math.min(ps.size(), i + 5); j++) {
                if (ps.get(j).isTable()) break;
                Numbering m = Numbering.of(ps.get(j).text());
                if (m != null) {
                    boolean topStyle = m.style().equals(top) || Set.of("CN", "第章", "第部分", "ROMAN", "AR.0").contains(m.style());
                    if (m.value() == 1 && shortWhole(m.rest()) && topStyle) {
                        cuts.add(i);
                        numbered = 0;
                        top = null;
                    }
                    break;
                }
            }
        }
        return cuts;
    }

    static boolean titleLike(Paragraph p) {
        if (p.isTable()) return false;
        String s = p.text();
        if (Numbering.of(s) != null && !s.matches("^[（(].*[）)]$")) return false;
        int w = Text.width(s);
        if (w > 130 || (Text.endsSentence(s) && !s.endsWith(")") && !s.endsWith("）"))) return false;
        return TITLE_WORDS.matcher(s).find() && RosterText.roleLine(s, true) == null; // "Program Manager: Gary Whitman" is a role
    }

    static boolean shortWhole(String rest) {
        List<String> sent = Text.sentences(rest);
        if (sent.size() > 1) return false;
        int limit = Text.hasHan(rest) ? 90 : 170;
        return Text.width(rest) <= limit;
    }

    private static final Pattern PERIOD_COLON = Pattern.compile("^(.{0,40}?[（(]([^（）()]{2,40})[）)])\\s*[：:]\\s*(\\S.*)$");

    /**
     * The heading of a paragraph that runs on after its period in brackets and a colon: "准备阶段（3月）：成立……" is
     * "准备阶段（3月）"; after the number alone only a sentence runs on ("(June 1–7): Hazard awareness" names the
     * stage and stays whole). Null otherwise.
     */
    private static String periodLead(String rest) {
        Matcher pc = PERIOD_COLON.matcher(rest);
        if (!pc.find() || !Dates.periodLike(pc.group(2)) || Text.width(pc.group(3)) <= 8) return null;
        String head = Text.strip(pc.group(1));
        boolean numberOnly = head.startsWith("(") || head.startsWith("（");
        return !numberOnly || Text.endsSentence(pc.group(3)) ? pc.group(1) : null;
    }

    /** The run-in heading of a numbered paragraph (its first sentence), or null. */
    static String runIn(String rest) {
        if (StageLeader.LEADER.matcher(rest).find()) return null; // "Outreach launch ...... June 3": dots are a leader, not a full stop
        String lead = periodLead(rest);
        if (lead != null) return lead;
        List<String> sent = Text.sentences(rest);
        if (sent.size() < 2) return null;
        String first = sent.get(0);
        char end = first.charAt(first.length() - 1);
        if (end != '。' && end != '.' && end != '！' && end != '!') return null;
        int limit = Text.hasHan(first) ? 70 : 110;
        return Text.width(first) <= limit ? first : null;
    }

    /**
     * A run-in heading without the full stop that ended its sentence: "（一）加强领导。" and "Stage 1: Preparation
     * (August 15 to September 10)." are headed "（一）加强领导" and "Stage 1: Preparation (August 15 to September 10)"; an
     * abbreviation's point ("… U.S.", "… etc.") stays.
     */
    static String withoutFullStop(String sentence) {
        if (sentence.endsWith("。")) return sentence.substring(0, sentence.length() - 1);
        if (sentence.endsWith(".") && !sentence.matches("(?s).*(\\b\\p{L}\\.\\p{L}\\.|\\betc\\.|\\b(?:No|Dr|Mr|Mrs|Ms|St)\\.)$"))
            return sentence.substring(0, sentence.length() - 1);
        return sentence;
    }

    private static boolean longPara(Paragraph p) {
        int w = Text.width(p.text());
        return w > 170 || (Text.endsSentence(p.text()) && w > 90 && !titleLike(p));
    }

    // ---- one plan ---------------------------------------------------------------------------------------------

    ImportedPlan detectOne(List<Paragraph> ps) {
        ImportedPlan plan = new ImportedPlan();
        StringBuilder all = new StringBuilder();
        for (Paragraph p : ps) all.append(p.text()).append('\n');
        long han = Text.han(all.toString());
        long latin = all.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        boolean zh = han * 3 > latin;
        plan.lang = zh ? "zh-CN" : "en";
        int s = 0, e = ps.size();
        String unitBeforeTitle = null;

        // the tail: 抄送 and 印发 lines, rules
        while (e > s && !ps.get(e - 1).isTable() && TAIL.matcher(ps.get(e - 1).text()).find()) {
            Paragraph p = ps.get(e - 1);
            String d = Dates.find(p.text());
            if (p.text().contains("印发") && d != null) {
                if (plan.date == null) plan.date = d;
                String unit = Text.strip(p.text().replaceFirst(Dates.ZH_DATE.pattern() + ".*$", ""));
                if (plan.issuer == null && !unit.isEmpty() && !unit.startsWith("抄")) plan.issuer = Text.squeeze(unit);
            }
            plan.note(p.line(), "left out (distribution line of the paper document): \"" + clip(p.text()) + "\"");
            e--;
        }

        s = wrapper(ps, s, e, plan);

        // the title
        if (plan.title == null) {
            int t = findTitle(ps, s, e);
            // a title in capitals on two lines of plain text: "ST. MARY'S PARISH SUMMER FOOD PROGRAMME" / "ACTION PLAN 2025"
            if (t > s && capitals(ps.get(t)) && capitals(ps.get(t - 1))) t--;
            if (t >= 0) {
                for (int i = s; i < t; i++) {
                    plan.note(ps.get(i).line(), "left out before the title (page furniture?): \"" + clip(ps.get(i).text()) + "\"");
                    // a cover page's unit over the title ("Harlow Vale District Council"): the issuer when nothing else says it
                    if (unitBeforeTitle == null && !ps.get(i).isTable() && unitName(ps.get(i).text())) unitBeforeTitle = Text.squeeze(ps.get(i).text());
                }
                plan.title = Text.squeeze(ps.get(t).text());
                plan.titleLine = ps.get(t).line();
                s = t + 1;
                // a long title set on two centred lines, or two lines of the title's size (a PDF's wrapped heading)
                boolean sameSet = s < e && (ps.get(t).centred() && ps.get(s).centred() || OPEN_END.matcher(plan.title).find()
                    || ps.get(t).level() > 0 && ps.get(s).level() == ps.get(t).level()
                    // "# Harbourside Primary School" then "## Safer Routes Action Plan 2025": the unit, then the plan's name
                    || ps.get(t).level() == 1 && ps.get(s).level() == 2 && !PLAN_TITLE.matcher(plan.title).find());
                if (s < e && capitals(ps.get(t)) && capitals(ps.get(s)) && unitName(plan.title) && TITLE_WORDS.matcher(ps.get(s).text()).find()) {
                    // "ASHFORD DISTRICT COUNCIL" over "LITTER REDUCTION ACTION PLAN 2024-2025": the unit, then the title
                    plan.issuer = fromCapitals(plan.title);
                    plan.title = Text.squeeze(ps.get(s).text());
                    plan.titleLine = ps.get(s).line();
                    s++;
                    sameSet = false;
                } else if (s < e && capitals(ps.get(t)) && capitals(ps.get(s))) {
                    plan.title = plan.title + " " + Text.squeeze(ps.get(s).text());
                    s++;
                    sameSet = false;
                }
                if (s < e && sameSet && !ps.get(s).isTable() && Numbering.of(ps.get(s).text()) == null
                        && Dates.dateLine(ps.get(s).text()) == null && !Text.endsSentence(ps.get(s).text()) && Text.width(ps.get(s).text()) <= 60
                        && (!TITLE_WORDS.matcher(plan.title).find() || OPEN_END.matcher(plan.title).find()
                            || ps.get(t).level() == 1 && ps.get(s).level() == 1 && ps.get(t).centred() == ps.get(s).centred())
                        && TITLE_WORDS.matcher(ps.get(s).text()).find()) {
                    StringBuilder sb = new StringBuilder(plan.title);
                    Text.join(sb, Text.squeeze(ps.get(s).text()));
                    plan.title = sb.toString();
                    s++;
                }
            } else {
                plan.note(ps.isEmpty() ? 0 : ps.get(0).line(), "no title found: the file name is used; correct the = line");
            }
        }
        // a date, issuer or reference line right under the title, or the title's last line ("2025")
        while (s < e && !ps.get(s).isTable()) {
            if (s + 1 < e && !ps.get(s + 1).isTable() && VERSION.matcher(Text.strip(ps.get(s).text())).matches()
                    && (IssueLine.of(ps.get(s + 1).text()) != null || Dates.dateLine(ps.get(s + 1).text()) != null)) {
                java.util.Collections.swap(ps, s, s + 1); // "Version 1.2" over "Published: 3 March 2025": the version stays in the text
            }
            String line = Text.strip(ps.get(s).text());
            if (plan.title != null && YEAR_ONLY.matcher(line).matches() && plan.issuer == null && plan.date == null) {
                plan.title = plan.title + " " + line;
                s++;
                continue;
            }
            IssueLine issue = IssueLine.of(line);
            if (issue != null) {
                if (plan.issuer == null && issue.issuer() != null) plan.issuer = issue.issuer();
                if (plan.date == null && issue.date() != null) plan.date = issue.date();
                Matcher y = YEAR_LABEL.matcher(line);
                if (y.find() && plan.year == null) plan.year = Integer.parseInt(y.group(1));
                s++;
                continue;
            }
            if (plan.number == null && DocRef.of(line) != null && Text.width(line) <= 60) {
                plan.number = DocRef.of(line);
                s++;
                continue;
            }
            String d = Dates.dateLine(ps.get(s).text());
            if (d != null) {
                if (plan.date == null) plan.date = d;
                s++;
                continue;
            }
            if (s + 1 < e && issuerLike(ps.get(s)) && Dates.dateLine(ps.get(s + 1).text()) != null) {
                if (plan.issuer == null) plan.issuer = Text.squeeze(ps.get(s).text());
                if (plan.date == null) plan.date = Dates.dateLine(ps.get(s + 1).text());
                s += 2;
                continue;
            }
            IssueLine next = s + 1 < e && !ps.get(s + 1).isTable() ? IssueLine.of(ps.get(s + 1).text()) : null;
            if (next != null && next.issuer() == null && issuerLike(ps.get(s))) { // the unit, then "Issued: March 31, 2025"
                if (plan.issuer == null) plan.issuer = Text.squeeze(ps.get(s).text());
                if (plan.date == null) plan.date = next.date();
                s += 2;
                continue;
            }
            break;
        }

        // attachments and the signature block
        int a = -1;
        for (int i = s + Math.max(1, (e - s) / 3); i < e; i++) {
            if (!ps.get(i).isTable() && ATTACH.matcher(ps.get(i).text()).find()) {
                a = i;
                break;
            }
        }
        int sigStart = -1, sigEnd = -1;
        for (int i = s + (e - s) / 2; i < e; i++) {
            Paragraph p = ps.get(i);
            if (p.isTable()) continue;
            String d = Dates.dateLine(p.text());
            String unit = null;
            if (d == null) {
                Matcher m = UNIT_THEN_DATE.matcher(p.text());
                if (m.find() && issuerText(m.group(1))) {
                    d = Dates.find(m.group(2));
                    unit = m.group(1);
                }
            }
            if (d == null) continue;
            int k = i;
            List<String> units = new ArrayList<>();
            if (unit != null) units.add(Text.squeeze(unit));
            while (unit == null && k > s && i - k < 3 && issuerLike(ps.get(k - 1)) && (a < 0 || k - 1 != a)) {
                k--;
                units.add(0, Text.squeeze(ps.get(k).text()));
            }
            boolean last = i + 1 == e || i + 1 == a || (a >= 0 && i + 1 >= a);
            if (units.isEmpty() && !last) continue;
            sigStart = k;
            sigEnd = i + 1;
            if (plan.date == null || unit != null || !units.isEmpty()) plan.date = d;
            if (!units.isEmpty()) plan.issuer = String.join(zh ? "、" : ", ", units);
            break;
        }
        // "Approved: Board of Directors, 20 May 2025" or "Issued by: …" near the end, when no signature said it
        for (int i = Math.max(s, (a >= 0 ? a : e) - 4); i < (a >= 0 ? a : e) && (plan.issuer == null || plan.date == null); i++) {
            IssueLine issue = ps.get(i).isTable() ? null : IssueLine.of(ps.get(i).text());
            if (issue == null) continue;
            // who approved it is not who issued it when the cover names the unit ("St Aidan's Primary School" over the title)
            boolean approver = unitBeforeTitle != null && ps.get(i).text().matches("(?is)^\\W*approved\\b.*");
            if (plan.issuer == null && issue.issuer() != null && !approver) plan.issuer = issue.issuer();
            if (plan.date == null && issue.date() != null) plan.date = issue.date();
        }
        int bodyEnd = e;
        if (a >= 0) bodyEnd = a;
        if (sigStart >= 0 && sigStart < bodyEnd) bodyEnd = sigStart;
        List<Paragraph> body = new ArrayList<>(ps.subList(s, bodyEnd));
        List<Paragraph> attachments = new ArrayList<>();
        if (a >= 0) {
            for (int i = a; i < e; i++) if (i < sigStart || i >= sigEnd) attachments.add(ps.get(i));
        }
        // after the signature without an 附件/Attachments line: a contact sentence, a postscript: plain text at the end
        List<Paragraph> after = a < 0 && sigEnd >= 0 && sigEnd < e ? ps.subList(sigEnd, e) : List.of();

        if (plan.date != null) {
            // :plan-date: is one day; a month alone (2013年5月) gives the year only
            try {
                java.time.LocalDate.parse(plan.date);
            } catch (java.time.format.DateTimeParseException ex) {
                if (plan.date.matches("\\d{4}.*") && plan.year == null) plan.year = Integer.parseInt(plan.date.substring(0, 4));
                plan.note(plan.titleLine, "the date \"" + plan.date + "\" is not one day: no :plan-date: written");
                plan.date = null;
            }
        }
        if (plan.year == null && plan.date != null) plan.year = Integer.parseInt(plan.date.substring(0, 4));
        if (plan.year == null && plan.title != null) {
            Matcher y = Pattern.compile("((?:19|20)\\d{2})\\s*(年|年度)?").matcher(plan.title);
            if (y.find()) plan.year = Integer.parseInt(y.group(1));
        }
        if (plan.year == null && plan.number != null) {
            Matcher y = Pattern.compile("(\\d{4})").matcher(plan.number);
            if (y.find()) plan.year = Integer.parseInt(y.group(1));
        }

        for (int i = 0; i < Math.min(e, s + 4) && plan.number == null; i++) {
            if (!ps.get(i).isTable()) plan.number = DocRef.of(ps.get(i).text()); // Document ref: RWC/CCR/2024/07
        }
        body(PlainHeadings.mark(body, zh), plan, zh);
        for (Paragraph p : after) {
            if (p.isTable()) {
                plan.blocks.add(new Table(p.rows(), p.line()));
            } else {
                plan.blocks.add(new Para(p.text(), p.line()));
                plan.bodyText.add(p.text());
            }
        }
        if (!attachments.isEmpty()) {
            plan.blocks.add(new Heading(1, zh ? "附件" : "Attachments", attachments.get(0).line()));
            for (int i = 0; i < attachments.size(); i++) {
                Paragraph p = attachments.get(i);
                if (p.isTable() && plan.roles().isEmpty()) attachedRosterTable(p, plan, zh);
                else if (p.isTable()) plan.blocks.add(new Table(p.rows(), p.line()));
                else if (plan.roles().isEmpty() && RosterText.roleLine(p.text(), true) != null) {
                    // the group's member list as an attachment (领导小组成员名单), the plan having none of its own
                    i = rosterLines(attachments, i, plan, zh, plan.blocks) - 1;
                    plan.notes.removeIf(n -> n.message().startsWith(NO_GROUP));
                    plan.note(p.line(), "leading group read from the attachment");
                } else {
                    plan.blocks.add(new Para(p.text(), p.line()));
                    plan.bodyText.add(p.text());
                }
            }
        }
        if (plan.issuer == null && unitBeforeTitle != null) {
            plan.issuer = capitals(Paragraph.of(unitBeforeTitle, 0)) ? fromCapitals(unitBeforeTitle) : unitBeforeTitle;
            String furniture = "left out before the title (page furniture?): \"" + clip(unitBeforeTitle) + "\"";
            plan.notes.removeIf(n -> n.message().equals(furniture));
            plan.note(plan.titleLine, "the line above the title, \"" + clip(unitBeforeTitle) + "\", is the issuer (:plan-issuer:), not plan text");
        }
        if (plan.issuer == null) plan.note(plan.titleLine, "no issuer found (no signature block or issuing notice): add :plan-issuer:");
        return plan;
    }

    /**
     * A table in the attachments of a plan with no leading group of its own: a roster table there (the 附件
     * 领导小组成员名单 with 职务 | 姓名 | 单位及职务) is the plan's [.roster] list; any other table stays a table. A schedule
     * table there gives no stages: the plan's own text has been read for them already.
     */
    private void attachedRosterTable(Paragraph p, ImportedPlan plan, boolean zh) {
        Object[] stagesBefore = tableStages.get(plan);
        table(p, plan, zh, false);
        if (stagesBefore == null) tableStages.remove(plan);
        else tableStages.put(plan, stagesBefore);
        if (!plan.roles().isEmpty()) {
            plan.notes.removeIf(n -> n.message().startsWith(NO_GROUP));
            plan.note(p.line(), "leading group read from the attachment");
        }
    }

    /** A document's version or status line on a cover page ("Version 1.2", "v2.0", "Draft", "OFFICIAL"): not its issuer. */
    private static final Pattern VERSION = Pattern.compile("(?i)(version|ver\\.?|v|rev\\.?|revision|issue|draft|final)\\s*\\d+(\\.\\d+)*[a-z]?"
            + "|(?i)(draft|final|final draft|official|official[- ]sensitive|restricted|not protectively marked|for consultation)");

    private static boolean issuerLike(Paragraph p) {
        return !p.isTable() && issuerText(p.text());
    }

    private static boolean issuerText(String t) {
        String s = Text.strip(t);
        if (s.isEmpty() || Text.width(s) > 90 || Numbering.of(s) != null || Text.endsSentence(s) || s.matches(".*[；;。：:].*")) return false;
        if (Text.hasHan(s) && (Text.width(s) > 70 || s.matches(".*[，,].*"))) return false;
        if (ATTACH.matcher(s).find() || Dates.find(s) != null || TITLE_WORDS.matcher(s).find() && !Text.hasHan(s)) return false;
        if (VERSION.matcher(s).matches()) return false;
        if (Text.hasHan(s)) return true;
        return s.matches("[A-Z0-9][\\p{L}\\p{N}'&.,()\\- ]*");
    }

    /** The index of the plan title after an issuing notice (and the notice as header attributes), or s. */
    private int wrapper(List<Paragraph> ps, int s, int e, ImportedPlan plan) {
        int limit = Math.min(e, s + 16);
        int no = -1, notice = -1, xian = -1;
        for (int i = s; i < limit; i++) {
            Paragraph p = ps.get(i);
            if (p.isTable()) continue;
            String t = p.text();
            if (no < 0 && Text.width(t) <= 70 && DOC_NO.matcher(t).find()) no = i;
            if (notice < 0 && Text.squeeze(t).replace(" ", "").matches(NOTICE_TITLE.pattern())) notice = i;
            if (xian < 0 && XIANJIANG.matcher(t).find() && (t.contains("《") || t.startsWith("现将"))) xian = i;
        }
        if (notice < 0 && xian < 0) return s;
        if (no >= 0) {
            Matcher m = DOC_NO.matcher(ps.get(no).text());
            m.find();
            plan.number = Text.squeeze(m.group(1)).replace(" ", "");
        }
        for (int i = s; i < Math.max(no, notice); i++) {
            String t = Text.squeeze(ps.get(i).text());
            if (t.endsWith("文件") && t.length() <= 40) plan.issuer = Text.strip(t.substring(0, t.length() - 2)).replace(" ", "");
        }
        String quoted = null;
        for (int i : new int[] {notice, xian}) {
            if (i < 0 || quoted != null) continue;
            Matcher m = QUOTED_TITLE.matcher(ps.get(i).text());
            if (m.find()) quoted = m.group(1);
        }
        int from = Math.max(Math.max(no, notice), xian) + 1;
        // the notice's signature and date
        int afterSig = from;
        for (int i = from; i < Math.min(e, from + 4); i++) {
            String d = Dates.dateLine(ps.get(i).text());
            if (d != null) {
                plan.date = d;
                if (i > from && issuerLike(ps.get(i - 1)) && plan.issuer == null) plan.issuer = Text.squeeze(ps.get(i - 1).text());
                else if (i > from && issuerLike(ps.get(i - 1)) && !ps.get(i - 1).text().equals(plan.issuer)) plan.issuer = Text.squeeze(ps.get(i - 1).text());
                afterSig = i + 1;
                break;
            }
        }
        int t = -1;
        int lines = 1; // the title's paragraphs: a long title may be set on two lines
        String want = quoted == null ? null : norm(quoted);
        for (int i = from; i < Math.min(e, afterSig + 4); i++) {
            // the notice's "附件：《…方案》" names the plan, and the "附件" line above the plan marks it: neither is its title
            if (ps.get(i).isTable() || ATTACH.matcher(Text.strip(ps.get(i).text())).find()) continue;
            String n = norm(ps.get(i).text());
            if (want != null ? n.equals(want) || (n.contains(want) && n.length() < want.length() + 12) : titleLike(ps.get(i))) {
                t = i;
                break;
            }
            if (want != null && n.length() >= 4 && want.startsWith(n) && i + 1 < e && !ps.get(i + 1).isTable()
                    && (n + norm(ps.get(i + 1).text())).equals(want)) {
                t = i;
                lines = 2;
                break;
            }
        }
        int end;
        if (t >= 0) {
            StringBuilder title = new StringBuilder(Text.squeeze(ps.get(t).text()));
            if (lines == 2) Text.join(title, Text.squeeze(ps.get(t + 1).text()));
            plan.title = title.toString();
            plan.titleLine = ps.get(t).line();
            end = t + lines;
        } else {
            plan.title = quoted != null ? quoted : Text.squeeze(ps.get(notice >= 0 ? notice : xian).text());
            plan.titleLine = ps.get(notice >= 0 ? notice : xian).line();
            end = afterSig;
        }
        plan.note(ps.get(s).line(), "the issuing notice (up to the plan's title) is left out of the plan text: its issuer, number and date"
                + " are the header attributes");
        return end;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u3000《》“”\"]", "");
    }

    /** Whether the line belongs to an issuing notice: its title (关于印发……的通知) or its "现将……印发给你们" sentence. */
    static boolean noticeLine(String text) {
        String t = Text.squeeze(text).replace(" ", "");
        return NOTICE_TITLE.matcher(t).matches() || XIANJIANG.matcher(t).find() && (t.contains("《") || t.startsWith("现将"));
    }

    private static int findTitle(List<Paragraph> ps, int s, int e) {
        List<Integer> cands = new ArrayList<>();
        for (int i = s; i < Math.min(e, s + 8); i++) {
            Paragraph p = ps.get(i);
            if (p.isTable() || longPara(p)) break;
            Numbering n = Numbering.of(p.text());
            if (n != null && !titleLike(p)) break;
            cands.add(i);
        }
        if (cands.isEmpty()) return -1;
        // a cover page's unit in large type over the plan's title in large type: the title
        int firstBig = -1;
        for (int i : cands) if (firstBig < 0 && ps.get(i).level() == 1) firstBig = i;
        if (firstBig >= 0 && unitName(ps.get(firstBig).text())) {
            for (int i : cands) if (i > firstBig && ps.get(i).level() == 1 && !unitName(ps.get(i).text()) && titleLike(ps.get(i))) return i;
        }
        if (firstBig >= 0) return firstBig;
        for (int i : cands) if (ps.get(i).centred() && (ps.get(i).bold() || titleLike(ps.get(i)))) return i;
        int best = -1;
        for (int i : cands) if (titleLike(ps.get(i))) best = i;
        // a heading that names a kind of document ("… Plan 2025", 方案) before one that only has such a word ("Program Team")
        if (best >= 0 && !PLAN_TITLE.matcher(ps.get(best).text()).find()) {
            for (int i : cands) if (titleLike(ps.get(i)) && PLAN_TITLE.matcher(ps.get(i).text()).find()) return i;
        }
        if (best >= 0) return best;
        for (int i : cands) if (ps.get(i).centred() || ps.get(i).bold()) return i;
        return cands.get(cands.size() - 1) == s || cands.size() == 1 ? cands.get(0) : cands.get(cands.size() - 1);
    }

    /** The words that end an English unit's name: a council, a school, a trust, a department. */
    private static final Pattern UNIT_END = Pattern.compile("(?i)\\b(council|school|academy|college|university|hospital|trust|department|office"
            + "|authority|board|company|ltd|limited|plc|inc|association|agency|service|services|centre|center|library|church|parish)$");

    /** Whether the line names a unit ("ASHFORD DISTRICT COUNCIL") and no kind of document. */
    private static boolean unitName(String line) {
        String t = Text.strip(line);
        return UNIT_END.matcher(t).find() && !TITLE_WORDS.matcher(t).find();
    }

    /** A line of capitals in title case: "ASHFORD DISTRICT COUNCIL" is "Ashford District Council" ("of", "and", "the" small). */
    static String fromCapitals(String capitals) {
        StringBuilder sb = new StringBuilder();
        for (String w : Text.squeeze(capitals).split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            String lower = w.toLowerCase(Locale.ROOT);
            if (sb.length() > 0 && lower.matches("of|and|the|for|in|on|at|to")) sb.append(lower);
            else sb.append(w, 0, Math.min(1, w.length())).append(lower.substring(Math.min(1, w.length())));
        }
        return sb.toString();
    }

    /** A short line of Latin capitals ("ACTION PLAN 2025"), as plain-text titles are set. */
    private static boolean capitals(Paragraph p) {
        if (p.isTable() || p.level() > 1 || Text.width(p.text()) > 70 || Text.hasHan(p.text())) return false;
        String t = p.text();
        return t.chars().filter(Character::isLetter).count() >= 4 && t.chars().noneMatch(Character::isLowerCase)
            && Numbering.of(t) == null && Dates.dateLine(t) == null;
    }

    static String clip(String s) {
        String t = Text.squeeze(s);
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    // ---- the body ---------------------------------------------------------------------------------------------

    private static final class Lvl {
        final Set<String> styles = new LinkedHashSet<>();
        int last, items, shorts, bolds, lastIndex;
    }

    private void body(List<Paragraph> ps, ImportedPlan plan, boolean zh) {
        int n = ps.size();
        Numbering[] nums = new Numbering[n];
        int[] level = new int[n], parent = new int[n];
        boolean[] shortW = new boolean[n];
        for (int i = 0; i < n; i++) {
            level[i] = -1;
            parent[i] = -1;
            if (ps.get(i).isTable()) continue;
            nums[i] = InlineList.items(ps.get(i).text()) != null ? null : Numbering.of(ps.get(i).text());
            if (nums[i] != null && RosterText.roleLine(nums[i].rest(), true) != null && RosterText.roleLine(ps.get(i).text(), true) == null) {
                // "1. 组长：..." stays a numbered line
            }
            if (nums[i] != null) {
                shortW[i] = shortWhole(nums[i].rest()) && periodLead(nums[i].rest()) == null;
            }
        }
        // levels: nested by style, in the order styles first appear; a number that continues a level stays on it
        List<Lvl> stack = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Numbering num = nums[i];
            if (num == null) continue;
            List<Integer> cands = new ArrayList<>();
            boolean known = false;
            int deepestSame = -1;
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).styles.contains(num.style())) {
                    known = true;
                    if (deepestSame < 0) deepestSame = k;
                    if (num.value() == stack.get(k).last + 1) cands.add(k);
                }
            }
            if (cands.isEmpty() && !known && num.value() > 1) {
                for (int k = stack.size() - 1; k >= 0; k--) if (num.value() == stack.get(k).last + 1) cands.add(k);
            }
            int k;
            if (cands.size() == 1) {
                k = cands.get(0);
            } else if (cands.size() > 1) {
                k = cands.get(0);
                double bestScore = -1;
                for (int c : cands) {
                    Lvl l = stack.get(c);
                    double ratio = l.items == 0 ? 0.5 : (double) l.shorts / l.items;
                    double boldRatio = l.items == 0 ? 0.5 : (double) l.bolds / l.items;
                    // alike in length and in weight: a bold "5. Schedule" after a list's "4." continues the bold headings
                    double score = (shortW[i] ? ratio : 1 - ratio) + (ps.get(i).bold() ? boldRatio : 1 - boldRatio);
                    if (score > bestScore + 1e-9) {
                        bestScore = score;
                        k = c;
                    }
                }
            } else if (known && deepestSame > 0 && num.value() <= stack.get(deepestSame).last) {
                k = deepestSame; // a list restarting under a new parent
            } else {
                Lvl l = new Lvl();
                stack.add(l);
                k = stack.size() - 1;
            }
            while (stack.size() > k + 1) stack.remove(stack.size() - 1);
            Lvl l = stack.get(k);
            l.styles.add(num.style());
            l.last = num.value();
            l.items++;
            if (shortW[i]) l.shorts++;
            if (ps.get(i).bold()) l.bolds++;
            level[i] = k;
            parent[i] = k > 0 ? stack.get(k - 1).lastIndex : -1;
            l.lastIndex = i;
        }
        // unnumbered headings from the format (h2, Word heading styles)
        int minHint = 99;
        for (int i = 0; i < n; i++) if (nums[i] == null && ps.get(i).level() >= 2) minHint = Math.min(minHint, ps.get(i).level());
        int minAnyHint = 99; // of numbered ones too: "## 5. Timeline" after a list "1. … 4. …" is still the format's heading
        for (int i = 0; i < n; i++) if (ps.get(i).level() >= 2) minAnyHint = Math.min(minAnyHint, ps.get(i).level());
        // which numbered paragraphs are headings: decided for each group of siblings
        boolean[] heading = new boolean[n];
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) if (nums[i] != null) groups.computeIfAbsent(level[i] + "/" + parent[i], x -> new ArrayList<>()).add(i);
        for (List<Integer> g : groups.values()) {
            int lv = level[g.get(0)];
            int shorts = 0, runs = 0, followed = 0;
            boolean listLike = true;
            int stageRuns = 0;
            for (int i : g) {
                Matcher pc = PERIOD_COLON.matcher(nums[i].rest());
                if (pc.find() && Dates.periodLike(pc.group(2)) && STAGE_WORD.matcher(pc.group(1)).find()) stageRuns++;
                if (shortW[i]) shorts++;
                else if (runIn(nums[i].rest()) != null) runs++;
                if (followedByContent(i, nums, level, parent)) followed++;
                if (!nums[i].listLike()) listLike = false;
            }
            int size = g.size();
            boolean sentences = g.stream().allMatch(i -> Text.endsSentence(nums[i].rest()));
            boolean yes;
            if (lv == 0) {
                yes = (shorts + runs) * 2 >= size && (!listLike || followed > 0 || runs > 0);
                // sentences numbered under headings the format marks (Word's automatic 1．under "Heading 1"): a list
                if (minHint < 99 && sentences && runs == 0 && g.stream().allMatch(i -> ps.get(i).level() == 0)) yes = false;
            } else if (lv == 1) {
                yes = listLike ? (shorts * 5 >= size * 3 && followed * 2 >= size) || stageRuns * 2 > size : (shorts + runs) * 5 >= size * 4;
                if (followed == 0 && runs == 0 && sentences && size > 1) yes = false; // sentences one after another: a list
            } else {
                yes = false;
            }
            for (int i : g) {
                boolean me = shortW[i] || runIn(nums[i].rest()) != null;
                if (nums[i].stageStyle() && me && lv <= 2) heading[i] = true;
                else heading[i] = yes && me;
            }
        }
        // without numbered headings, short bold paragraphs followed by plain text are the headings
        boolean anyHeading = false;
        for (boolean h : heading) anyHeading |= h;
        boolean[] boldHeading = new boolean[n];
        if (!anyHeading) {
            for (int i = 0; i + 1 < n; i++) {
                Paragraph p = ps.get(i), next = ps.get(i + 1);
                if (!p.isTable() && p.bold() && p.level() == 0 && !p.centred() && shortWhole(p.text()) && Text.width(p.text()) <= 80
                        && !Text.endsSentence(p.text().replaceAll("[:：]$", "")) && !next.bold() && RosterText.roleLine(p.text(), true) == null) {
                    boldHeading[i] = true;
                }
            }
        }
        // emit
        List<Block> out = plan.blocks;
        int lastHeading = 0, formatLevel = 0;
        String context = "";
        String orgContext = "";
        for (int i = 0; i < n; i++) {
            Paragraph p = ps.get(i);
            if (p.isTable()) {
                table(p, plan, zh, ORG_SECTION.matcher(orgContext).find() || ORG_SECTION.matcher(context).find());
                continue;
            }
            String text = p.text();
            if (heading[i] || boldHeading[i] || (p.level() >= 2 && shortWhole(text))) {
                int lv = heading[i] ? level[i] + 1 : boldHeading[i] && p.level() < 2 ? 1
                    : p.level() - (nums[i] == null ? minHint : minAnyHint) + 1;
                if (heading[i] && minHint < 99 && p.level() >= minHint) lv = p.level() - minHint + 1; // an h4 "First, teach" under its h3
                else if (heading[i] && minHint < 99 && p.level() == 0 && level[i] == 0) lv += formatLevel; // "A. Business visits" under "Work Content"
                if (nums[i] == null && !boldHeading[i]) formatLevel = lv;
                lv = Math.max(1, Math.min(lv, lastHeading + 1));
                lastHeading = lv;
                String h = text;
                String rest = null;
                boolean colon = false;
                if (heading[i] && !shortW[i]) {
                    String first = runIn(nums[i].rest());
                    if (first != null) {
                        String marker = text.substring(0, text.length() - nums[i].rest().length());
                        h = marker + withoutFullStop(first);
                        rest = Text.strip(nums[i].rest().substring(first.length()));
                        colon = rest.matches("(?s)^[：:].*");
                        rest = rest.replaceFirst("^[：:]\\s*", "");
                    }
                }
                out.add(new Heading(lv, Text.squeeze(h), p.line()));
                plan.bodyText.add(h);
                if (lv == 1) context = h;
                orgContext = h;
                if (rest != null && !rest.isEmpty()) {
                    Para restPara = new Para(rest, p.line());
                    if (colon) afterColon.add(restPara);
                    out.add(restPara);
                    plan.bodyText.add(rest);
                }
                continue;
            }
            boolean inOrg = ORG_SECTION.matcher(orgContext).find() || ORG_SECTION.matcher(context).find();
            String[] role = RosterText.roleLine(text, inOrg);
            boolean bare = role == null && inOrg && RosterText.bareLabel(text) != null && i + 1 < n && !ps.get(i + 1).isTable()
                && RosterText.personLine(ps.get(i + 1).text()); // 组长： then the person on the next line
            if (bare || role != null && (inOrg || (i + 1 < n && !ps.get(i + 1).isTable() && RosterText.roleLine(ps.get(i + 1).text(), false) != null)
                    || (i > 0 && !ps.get(i - 1).isTable() && RosterText.roleLine(ps.get(i - 1).text(), false) != null))) {
                i = rosterLines(ps, i, plan, zh, out) - 1;
                continue;
            }
            List<String[]> inline = InlineList.items(text);
            if (inline != null) {
                List<String> items = new ArrayList<>(), markers = new ArrayList<>();
                for (String[] it : inline) {
                    markers.add(it[0]);
                    items.add(it[1]);
                }
                out.add(new ItemList(items, markers, p.line()));
                plan.bodyText.add(text);
                continue;
            }
            if (nums[i] != null) {
                // a run of short numbered items is a list
                int j = i;
                List<String> items = new ArrayList<>(), markers = new ArrayList<>();
                while (j < n && nums[j] != null && !heading[j] && ps.get(j).level() < 2 && level[j] == level[i] && parent[j] == parent[i]
                        && nums[j].style().equals(nums[i].style()) && Text.sentences(nums[j].rest().replaceAll("[;；]", ",")).size() <= 1
                        && Text.width(nums[j].rest()) <= (zh ? 100 : 200)) {
                    items.add(nums[j].rest());
                    markers.add(nums[j].marker());
                    j++;
                }
                if (items.size() >= 2) {
                    out.add(new ItemList(items, markers, p.line()));
                    for (int x = i; x < j; x++) plan.bodyText.add(ps.get(x).text());
                    i = j - 1;
                    continue;
                }
            }
            if (bullet(text) != null) {
                // a run of bulleted paragraphs (• item, - item, ● 条目) is a bulleted list
                int j = i;
                List<String> items = new ArrayList<>(), markers = new ArrayList<>();
                while (j < n && !heading[j] && nums[j] == null && !ps.get(j).isTable() && bullet(ps.get(j).text()) != null) {
                    items.add(bullet(ps.get(j).text()));
                    markers.add("");
                    plan.bodyText.add(ps.get(j).text());
                    j++;
                }
                out.add(new ItemList(items, markers, p.line()));
                i = j - 1;
                continue;
            }
            out.add(new Para(text, p.line()));
            plan.bodyText.add(text);
        }
        prose(plan, zh);
        stages(plan, zh);
        readable(plan);
        if (plan.roles().isEmpty()) plan.note(plan.titleLine, NO_GROUP + " (no 组长：/Group leader: lines, roster table or prose)");
        if (plan.stages().isEmpty()) plan.note(plan.titleLine, "no stages with periods found");
    }

    /**
     * The roster lines from {@code i} on (组长：…, a bare label with one person a line under it, lines of names or of a
     * person and a post aligned under a label) as one [.roster] list added to {@code out}; the index after them.
     */
    private static int rosterLines(List<Paragraph> ps, int i, ImportedPlan plan, boolean zh, List<Block> out) {
        int n = ps.size();
        List<RoleLine> roles = new ArrayList<>();
        int j = i;
        while (j < n && !ps.get(j).isTable()) {
            String[] r = RosterText.roleLine(ps.get(j).text(), true);
            if (r != null) {
                List<String> notes = new ArrayList<>();
                String people = RosterText.people(r[1], zh, notes);
                for (String m : notes) plan.note(ps.get(j).line(), m);
                roles.add(new RoleLine(RosterText.label(r[0]), people, ps.get(j).line(), ps.get(j).text()));
                plan.bodyText.add(ps.get(j).text());
                j++;
            } else if (RosterText.bareLabel(ps.get(j).text()) != null && j + 1 < n && !ps.get(j + 1).isTable()
                    && RosterText.personLine(ps.get(j + 1).text())) {
                // 成员： then one person a line: the role and its people
                String label = RosterText.bareLabel(ps.get(j).text());
                List<String> people = new ArrayList<>();
                StringBuilder source = new StringBuilder(ps.get(j).text());
                int k = j + 1;
                while (k < n && !ps.get(k).isTable() && RosterText.personLine(ps.get(k).text())) {
                    people.add(Text.strip(ps.get(k).text()).replaceFirst("[；;，,、。]$", ""));
                    source.append('\n').append(ps.get(k).text());
                    plan.bodyText.add(ps.get(k).text());
                    k++;
                }
                List<String> notes = new ArrayList<>();
                String joined = RosterText.people(String.join(zh ? "；" : "; ", people), zh, notes);
                for (String m : notes) plan.note(ps.get(j).line(), m);
                roles.add(new RoleLine(RosterText.label(label), joined, ps.get(j).line(), source.toString()));
                plan.bodyText.add(ps.get(j).text());
                j = k;
            } else if (!roles.isEmpty() && (RosterText.namesOnly(ps.get(j).text())
                    || !ps.get(j).bold() && RosterText.postedPersonLine(ps.get(j).text()))) {
                // a wrapped list of names, or a person with a post on a line of its own (aligned under the label)
                boolean names = RosterText.namesOnly(ps.get(j).text());
                RoleLine prev = roles.remove(roles.size() - 1);
                List<String> notes = new ArrayList<>();
                String more = RosterText.people(ps.get(j).text(), zh, notes);
                String sep = names ? (zh ? "、" : ", ") : (zh ? "；" : "; ");
                roles.add(new RoleLine(prev.label(), prev.people() + sep + more, prev.line(),
                        prev.source() == null ? null : prev.source() + "\n" + ps.get(j).text()));
                plan.note(ps.get(j).line(), "joined to the role above (a line of names without a label of its own)");
                plan.bodyText.add(ps.get(j).text());
                j++;
            } else {
                break;
            }
        }
        out.add(new Roster(roles, ps.get(i).line()));
        return j;
    }

    private static boolean followedByContent(int i, Numbering[] nums, int[] level, int[] parent) {
        int j = i + 1;
        if (j >= nums.length) return false;
        if (nums[j] == null) return true;
        return level[j] > level[i];
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    private static final Pattern H_ROLE = Pattern.compile(
        "组内职务|小组职务|职务|分工|担任|(?i)^(role|duty|in the group|group role)$|(?i)\\brole\\b");
    private static final Pattern H_NAME = Pattern.compile("姓名|名字|人员|(?i)^(name|names|person|full name|member)$");
    private static final Pattern H_POS = Pattern.compile("职位|单位|职称|现任职务|工作单位|部门|(?i)^(position|title|post|unit|department"
        + "|job|job title|organi[sz]ation|agency|affiliation|designation|representing|service)$");
    private static final Pattern H_STAGE = Pattern.compile("阶段|步骤|(?i)^(stage|phase|step|milestone)s?$");
    private static final Pattern H_TIME = Pattern.compile("时间|日期|时限|时段|(?i)^(time|period|date|dates|when|duration|timing"
        + "|timeframe|time frame|timescale|deadline|due|due date|target date|completion date|by when)$");
    /** What a schedule table's row is about, the stage's label when the table has no stage column: 工作内容, Activity. */
    private static final Pattern H_WHAT = Pattern.compile(
        "内容|任务|事项|项目|活动|工作|安排|(?i)^(what|what happens|activity|activities|task|tasks|action|actions|event|events|item|description)$");

    /**
     * A table as the plan writes it: a roster table (职务 | 姓名 | 职位, Role | Name | Position in any order; in the
     * leading group's section, Name | Title | Agency without a role column lists members) becomes the [.roster] list,
     * a schedule (阶段 | 时间, Milestone | Date) gives the stages; any other table stays a table.
     */
    private void table(Paragraph p, ImportedPlan plan, boolean zh, boolean inOrg) {
        List<List<String>> all = p.rows();
        List<List<String>> rows = withoutCaption(all);
        List<String> head = rows.get(0);
        int role = -1, name = -1, pos = -1, unit = -1, stage = -1, time = -1;
        for (int c = 0; c < head.size(); c++) {
            String h = Text.squeeze(head.get(c)).replace(" ", zh ? "" : " ");
            if (name < 0 && H_NAME.matcher(h).find()) name = c;
            else if (stage < 0 && H_STAGE.matcher(h).find()) stage = c;
            else if (time < 0 && H_TIME.matcher(h).find()) time = c;
            else if (pos < 0 && H_POS.matcher(h).find()) pos = c;
            else if (role < 0 && H_ROLE.matcher(h).find()) role = c;
            else if (unit < 0 && H_POS.matcher(h).find()) unit = c; // Title | Agency: the post, then where
        }
        // 职务 can be the post rather than the role: the column whose cells are role labels is the role
        if (name >= 0 && rows.size() > 1) {
            int byContent = -1;
            for (int c = 0; c < head.size(); c++) {
                if (c == name || c == pos && !H_ROLE.matcher(Text.squeeze(head.get(c))).find()) continue; // "Title" is the post
                int hits = 0;
                for (List<String> r : rows.subList(1, rows.size())) if (c < r.size() && RosterText.isRole(Text.strip(r.get(c)))) hits++;
                if (hits * 2 >= rows.size() - 1 && hits > 0) {
                    byContent = c;
                    break;
                }
            }
            if (byContent >= 0 && byContent != role) {
                if (pos == byContent) pos = role;
                role = byContent;
            }
        }
        boolean members = name >= 0 && role < 0 && inOrg && stage < 0 && time < 0; // Name | Title | Agency
        if (name >= 0 && (role >= 0 || members)) {
            List<RoleLine> roles = new ArrayList<>();
            String curRole = members ? (zh ? "成员" : "Members") : null;
            List<String> people = new ArrayList<>();
            int line = p.line();
            for (List<String> r : rows.subList(1, rows.size())) {
                String rl = role < 0 ? "" : role < r.size() ? Text.strip(r.get(role)) : "";
                String nm = name < r.size() ? Text.squeeze(r.get(name)) : "";
                String ps = pos >= 0 && pos < r.size() ? Text.squeeze(r.get(pos)) : "";
                String where = unit >= 0 && unit < r.size() ? Text.squeeze(r.get(unit)) : "";
                if (!where.isEmpty()) ps = ps.isEmpty() ? where : ps + (zh ? "、" : ", ") + where;
                if (!rl.isEmpty() && !rl.equals(curRole)) {
                    if (curRole != null && !people.isEmpty()) roles.add(new RoleLine(RosterText.label(curRole), String.join(zh ? "；" : "; ", people), line));
                    curRole = rl;
                    people = new ArrayList<>();
                }
                if (nm.isEmpty()) {
                    if (!ps.isEmpty()) people.add(ps); // a post without a name: 各班班主任, Ward managers of all wards
                    continue;
                }
                if (zh) nm = nm.replace(" ", "");
                people.add(ps.isEmpty() ? nm : nm + (zh ? "（" + ps + "）" : " (" + ps + ")"));
            }
            if (curRole != null && !people.isEmpty()) roles.add(new RoleLine(RosterText.label(curRole), String.join(zh ? "；" : "; ", people), line));
            if (!roles.isEmpty() && !plan.roles().isEmpty()) {
                plan.blocks.add(new Table(all, p.line()));
                plan.note(p.line(), "a second leading-group table is kept as a table (the plan already has a [.roster] list)");
                return;
            }
            if (!roles.isEmpty()) {
                int used = (role >= 0 ? 2 : 1) + (pos >= 0 ? 1 : 0) + (unit >= 0 ? 1 : 0) + serialColumns(head);
                boolean extra = head.size() > used;
                if (extra) plan.blocks.add(new Table(all, p.line()));
                plan.blocks.add(new Roster(roles, p.line()));
                if (!extra) plan.note(p.line(), "roster table written as the [.roster] list");
                return;
            }
        }
        if (inOrg && stage < 0 && time < 0 && name < 0 && plan.roles().isEmpty() && labelTable(rows)) {
            rolesFromLabelTable(p, all, rows, plan, zh);
            return;
        }
        plan.blocks.add(new Table(all, p.line()));
        if (time < 0) time = column(head, H_START, -1); // Activity | Start | End
        int until = time < 0 ? -1 : column(head, H_END, time);
        if (until >= 0 && !H_START.matcher(Text.strip(head.get(time)).replace(" ", "")).find()) until = -1; // 时间 | 截止时间: one period
        List<List<String>> periods = until < 0 ? rows : joinedPeriods(rows, time, until, zh);
        if (stage < 0 && time >= 0 && datedRows(periods, time)) { // 序号 | 时间 | 工作内容: the content names the stage
            for (int c = 0; c < head.size() && stage < 0; c++) {
                if (c != time && H_WHAT.matcher(Text.strip(head.get(c))).find()) stage = c;
            }
        }
        if (stage >= 0 && time >= 0) {
            List<StageLine> st = new ArrayList<>();
            for (List<String> r : periods.subList(1, periods.size())) {
                if (stage >= r.size() || time >= r.size()) continue;
                String label = stageLabel(firstClause(Text.squeeze(r.get(stage))), zh, true);
                String period = Text.squeeze(r.get(time));
                // a stage cell merged down over the rows of its tasks repeats the stage: it is one stage
                boolean again = !st.isEmpty() && st.get(st.size() - 1).label().equals(label) && st.get(st.size() - 1).period().equals(period);
                if (!label.isEmpty() && !period.isEmpty() && !again) st.add(new StageLine(label, period, p.line()));
            }
            // the table block itself, not its index: a roster read from a sentence above may be inserted before it
            if (!st.isEmpty()) tableStages.put(plan, new Object[] {plan.blocks.get(plan.blocks.size() - 1), st});
        }
    }

    /** A table of two columns without a header whose first cells are roles: Lead | Mrs Sarah Patel, 组长 | 张三（县长）. */
    private static boolean labelTable(List<List<String>> rows) {
        int roles = 0, filled = 0;
        for (List<String> r : rows) {
            long cells = r.stream().filter(c -> !Text.strip(c).isEmpty()).count();
            if (r.size() < 2 || cells > 2 || r.stream().skip(2).anyMatch(c -> !Text.strip(c).isEmpty())) return false;
            if (Text.strip(r.get(0)).isEmpty()) continue;
            filled++;
            if (RosterText.isRole(Text.strip(r.get(0)).replaceFirst("[:：]$", ""))) roles++;
        }
        return filled >= 2 && roles * 4 >= filled * 3;
    }

    /** The roles of a label table as the [.roster] list (its caption row kept as a line above it). */
    private void rolesFromLabelTable(Paragraph p, List<List<String>> all, List<List<String>> rows, ImportedPlan plan, boolean zh) {
        if (all.size() > rows.size()) {
            String caption = Text.squeeze(String.join(" ", all.get(0)));
            if (!caption.isEmpty()) plan.blocks.add(new Para(caption, p.line()));
        }
        List<RoleLine> roles = new ArrayList<>();
        for (List<String> r : rows) {
            String label = Text.strip(r.get(0)).replaceFirst("[:：]$", "");
            String who = Text.squeeze(r.get(1));
            if (who.isEmpty()) continue;
            List<String> notes = new ArrayList<>();
            String people = RosterText.people(who, zh, notes);
            for (String m : notes) plan.note(p.line(), m);
            if (label.isEmpty() && !roles.isEmpty()) { // a role's cell merged down over more people
                RoleLine prev = roles.remove(roles.size() - 1);
                roles.add(new RoleLine(prev.label(), prev.people() + (zh ? "；" : "; ") + people, prev.line()));
            } else if (!label.isEmpty()) {
                roles.add(new RoleLine(RosterText.label(label), people, p.line()));
            }
        }
        plan.blocks.add(new Roster(roles, p.line()));
        plan.note(p.line(), "roster table (a role and its people a row) written as the [.roster] list");
    }

    private static final Pattern H_SERIAL = Pattern.compile("^(序号|编号|(?i)no\\.?|#|s/n|item)$");

    /** How many columns of the header only number the rows (序号, No., #): the roster list loses nothing without them. */
    private static int serialColumns(List<String> head) {
        int n = 0;
        for (String h : head) if (H_SERIAL.matcher(Text.strip(h).replace(" ", "")).matches()) n++;
        return n;
    }

    /**
     * The table's rows without a caption row at the top ("Table 1. Implementation schedule", 表1 工作安排 in a cell
     * spanning the table): a first row with one filled cell over a table of several columns, the header then being the
     * next row. Other tables are returned as they are.
     */
    static List<List<String>> withoutCaption(List<List<String>> rows) {
        if (rows.size() < 3 || rows.get(1).size() < 2) return rows;
        long filled = rows.get(0).stream().filter(c -> !Text.strip(c).isEmpty()).count();
        long nextFilled = rows.get(1).stream().filter(c -> !Text.strip(c).isEmpty()).count();
        return filled == 1 && nextFilled >= 2 ? rows.subList(1, rows.size()) : rows;
    }

    /** Where the very block is in the list (by identity, a table's rows may be repeated), or the list's end. */
    private static int indexOfBlock(List<?> blocks, Object block) {
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i) == block) return i;
        return blocks.size() - 1;
    }

    /** The text of run-in headings that followed a colon ("……（5月20日-5月31日）：排查摸底。"): it may open with the stage's name. */
    private final Set<Para> afterColon = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private final Map<ImportedPlan, Object[]> tableStages = new HashMap<>();

    private static final String NO_GROUP = "no leading group found";
    private static final Pattern SENTENCE_STAGE_ZH = Pattern.compile("(?<stage>[^，。；：:、\\s（(“”]{2,16}阶段)\\s*[（(](?<period>[^）)]{2,40})[）)]");
    private static final Pattern SENTENCE_PERIOD_FIRST_ZH = Pattern.compile(
        "(?:^|[，。；：:,;])\\s*(?<period>[^，。；：:,;为是]{2,30}?)\\s*(?:为|是)\\s*(?<stage>[^，。；：:,;、\\s]{2,16}阶段)");
    private static final Pattern SENTENCE_STAGE_IS_ZH = Pattern.compile(
        "(?<stage>[^，。；：:,;、\\s]{2,16}阶段)\\s*(?:为|是|时间为|从)\\s*(?<period>[^，。；：:,;]{3,30})");
    private static final Pattern SENTENCE_STAGE_EN = Pattern.compile(
        "(?i)(?<stage>(?:[a-z]+[ -]){0,5}[a-z]+\\s+(?:stage|phase))\\s*\\((?<period>[^)]{2,40})\\)");

    /** A schedule's start column (Start, From, 开始时间) and its end column (End, To, 结束时间, 截止时间). */
    private static final Pattern H_START = Pattern.compile("^(开始|起始)(时间|日期)?$|^(?i)(start|start date|starts|begins?|from|commencing)$");
    private static final Pattern H_END = Pattern.compile("^(结束|截止|完成)(时间|日期)?$|^(?i)(end|end date|ends|finish|finish date|to|until|completion)$");

    /** The first column whose header matches, other than {@code not}; -1 when none does. */
    private static int column(List<String> head, Pattern header, int not) {
        for (int c = 0; c < head.size(); c++) if (c != not && header.matcher(Text.strip(head.get(c)).replace(" ", "")).find()) return c;
        return -1;
    }

    /**
     * The rows with each start and end joined into one period in the start's column ("7 April 2025 to 2 May 2025",
     * 3月1日至3月15日); a row with one of them alone keeps it.
     */
    private static List<List<String>> joinedPeriods(List<List<String>> rows, int start, int end, boolean zh) {
        List<List<String>> out = new ArrayList<>();
        out.add(rows.get(0));
        for (List<String> r : rows.subList(1, rows.size())) {
            List<String> row = new ArrayList<>(r);
            String from = start < r.size() ? Text.strip(r.get(start)) : "", to = end < r.size() ? Text.strip(r.get(end)) : "";
            if (start < row.size()) row.set(start, from.isEmpty() || to.isEmpty() ? from + to : from + (zh ? "至" : " to ") + to);
            out.add(row);
        }
        return out;
    }

    /** Whether most rows of a table hold a period in the column: a schedule, not a list that mentions dates. */
    private static boolean datedRows(List<List<String>> rows, int time) {
        int dated = 0;
        for (List<String> r : rows.subList(1, rows.size())) if (time < r.size() && Dates.periodLike(r.get(time))) dated++;
        return rows.size() > 1 && dated * 3 >= (rows.size() - 1) * 2;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[，。；;]|[,.](?=\\s)");

    /** The text up to its first clause's end (，。；, . ;), for a label taken from a table's content cell. */
    private static String firstClause(String s) {
        Matcher m = CLAUSE_END.matcher(s);
        return m.find() && m.start() > 1 ? s.substring(0, m.start()) : s;
    }

    /** A paragraph's text after its bullet (•, ●, ▪, ■, ◆, ➢, ✓; "-", "*" or "–" before a space), or null when it has none. */
    static String bullet(String text) {
        Matcher m = BULLET.matcher(Text.strip(text));
        return m.matches() ? Text.strip(m.group(1)) : null;
    }

    private static final Pattern BULLET = Pattern.compile("^(?:[•·●○◦▪▫■□◆◇►▶➢➤✓✔❖]\\s*|[-*–]\\s+)(\\S.*)$", Pattern.DOTALL);

    // ---- prose rosters ----------------------------------------------------------------------------------------

    // the sentences that set up the group are read by org.planpress.roster.RosterProse, as the converter reads them

    private void prose(ImportedPlan plan, boolean zh) {
        boolean haveRoster = !plan.roles().isEmpty();
        for (int b = 0; b < plan.blocks.size(); b++) {
            if (!(plan.blocks.get(b) instanceof Para para)) continue;
            String t = para.text();
            List<String[]> found = new ArrayList<>(); // {role, people}
            for (RosterProse.Line l : RosterProse.inPlan(t, zh)) found.add(new String[] {l.label(), l.people()});
            if (found.isEmpty()) continue;
            boolean positionsOnly = found.stream().allMatch(f -> zh ? RosterText.people(f[1], true, new ArrayList<>()).equals(f[1])
                    && f[1].matches(".*(长|主任|书记|经理|负责人)$") : f[1].toLowerCase(Locale.ROOT).startsWith("the "));
            if (positionsOnly) {
                positionHints(plan, found, zh);
                continue;
            }
            List<RoleLine> roles = new ArrayList<>();
            for (String[] f : found) roles.add(new RoleLine(f[0], RosterText.people(f[1], zh, new ArrayList<>()), para.line()));
            if (haveRoster) {
                // "以校长王淑琴为组长……的领导小组，成员如下：" then 成员：…: the sentence's roles the list after it lacks
                if (b + 1 < plan.blocks.size() && plan.blocks.get(b + 1) instanceof Roster next) {
                    Set<String> ranks = new HashSet<>();
                    for (RoleLine r : next.roles()) ranks.add(rank(r.label()));
                    List<RoleLine> merged = new ArrayList<>();
                    for (RoleLine r : roles) if (!ranks.contains(rank(r.label()))) merged.add(r);
                    if (!merged.isEmpty()) {
                        merged.addAll(next.roles());
                        plan.blocks.set(b + 1, new Roster(merged, next.line()));
                        plan.note(para.line(), "the leaders named in the sentence are added to the [.roster] list after it: check it");
                    }
                }
                continue;
            }
            plan.blocks.add(b + 1, new Roster(roles, para.line()));
            plan.note(para.line(), "leading group read from the sentence: check the [.roster] list written after it");
            haveRoster = true;
            b++;
        }
    }

    /** "with the director as the team leader": people of that role without a position get it. */
    private static void positionHints(ImportedPlan plan, List<String[]> found, boolean zh) {
        for (int b = 0; b < plan.blocks.size(); b++) {
            if (!(plan.blocks.get(b) instanceof Roster r)) continue;
            List<RoleLine> roles = new ArrayList<>(r.roles());
            boolean changed = false;
            for (int k = 0; k < roles.size(); k++) {
                RoleLine rl = roles.get(k);
                String rank = rank(rl.label());
                for (String[] f : found) {
                    if (!rank(f[0]).equals(rank) || rank.equals("member")) continue;
                    String pos = zh ? f[1] : titleCase(f[1].replaceFirst("(?i)^the\\s+", ""));
                    if (rl.people().contains("(") || rl.people().contains("（")) continue;
                    List<String> people = new ArrayList<>();
                    for (String one : rl.people().split("\\s*[;；、]\\s*")) people.add(zh ? one + "（" + pos + "）" : one + " (" + pos + ")");
                    roles.set(k, new RoleLine(rl.label(), String.join(zh ? "；" : "; ", people), rl.line()));
                    plan.note(rl.line(), "position \"" + pos + "\" taken from the sentence that sets up the group");
                    changed = true;
                }
            }
            if (changed) plan.blocks.set(b, new Roster(roles, r.line()));
        }
    }

    private static String rank(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("副") || l.contains("deputy") || l.contains("vice")) return "deputy";
        if (l.contains("成员") || l.contains("组员") || l.contains("member") || l.contains("委员")) return "member";
        return "leader";
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.equals("of") || w.equals("and") ? w : Text.capitalise(w));
        }
        return sb.toString();
    }

    // ---- stages -----------------------------------------------------------------------------------------------

    /** A stage line (heading or paragraph start): {label, period}, or null. */
    static String[] stage(String text, boolean zh) {
        Numbering num = Numbering.of(text);
        String body = num == null ? text : num.rest();
        String marker = num == null ? "" : num.marker();
        Matcher m = BRACKET.matcher(body);
        while (m.find()) {
            if (m.start() > 80) break;
            if (!Dates.periodLike(m.group(1))) continue;
            String before = body.substring(0, m.start());
            String label = stageLabel(before, zh);
            if (label.isEmpty()) {
                String after = body.substring(m.end()).replaceFirst("^[\\s：:，,。.、]+", "");
                String[] cut = after.split("[，,。.；;：:]", 2);
                label = stageLabel(cut[0], zh);
            }
            if (ORDINAL_STAGE.matcher(label).matches() && body.substring(m.end()).matches("(?s)^\\s*[：:].*")) {
                // 第一阶段（5月20日-5月31日）：排查摸底。 Phase 1 (April–June): Engagement. The name follows the colon
                String named = nameAfterPeriod(body.substring(m.end()), zh);
                if (named != null) label = named;
            }
            if (label.isEmpty() || Text.width(label) > 60) label = stageLabel(Text.strip(marker + before), zh); // Phase 1 (May): a long sentence
            if (label.isEmpty()) label = Text.strip(marker + before).replaceFirst("[：:.\\s]+$", "");
            if (label.isEmpty() || Text.width(label) > 60) return null;
            return new String[] {label, Text.strip(m.group(1)), marker + before};
        }
        String[] leader = StageLeader.of(text);
        if (leader != null) return new String[] {stageLabel(leader[0], zh), leader[1], leader[0]};
        Matcher c = Pattern.compile("^([^：:]{2,40})[：:]\\s*([^。；;]{2,50}?)[。；;]?$").matcher(Text.strip(body));
        if (c.find() && Dates.periodLike(c.group(2)) && STAGE_WORD.matcher(marker + c.group(1)).find()) {
            return new String[] {stageLabel(c.group(1), zh), Text.strip(c.group(2)), marker + c.group(1)};
        }
        // the period after a comma: 排查整治阶段，时间为6月1日至8月31日。 Inspection, from 1 June to 31 August.
        Matcher k = COMMA_PERIOD.matcher(Text.strip(body));
        if (k.find() && STAGE_WORD.matcher(marker + k.group(1)).find() && Dates.reads(k.group(2))) {
            String label = stageLabel(k.group(1).replaceFirst("^[：:\\s]+", ""), zh);
            if (!label.isEmpty()) return new String[] {label, Text.strip(k.group(2)), marker + k.group(1)};
        }
        return null;
    }

    /** A short label, its period in brackets, then a colon, a full stop or a dash: "Preparation (1–15 May): …". */
    /** Whether the line opens with a short label and its period in brackets: "Follow-up (March 2025): …", "准备阶段（5月）：…". */
    static boolean leadIn(String line) {
        return LEAD_IN.matcher(Text.strip(line)).find();
    }

    private static final Pattern LEAD_IN = Pattern.compile("^[^（(]{2,40}[（(][^）)]{2,40}[）)]\\s*(?:[:：.。—–-]|$)");

    private static final Pattern COMMA_PERIOD = Pattern.compile(
        "^(.{2,40}?)[，,]\\s*(?:(?:时间|时段|日期|起止时间)\\s*(?:为|是|：|:)\\s*|(?i:which\\s+)?(?i:runs|lasts)\\s+)?([^，,。；;]{2,50}?)[。；;.]?$");

    private static final Pattern LABELLED_PERIOD = Pattern.compile("^([^：:]{2,40})[：:]\\s*([^。；;]{2,50}?)[。；;.]?$");

    /**
     * A line in a stages section that is a label and a period PlanPress reads ("Preparation: 1–15 May 2025.",
     * "准备阶段：5月1日至15日。"), as {label, period}; null otherwise.
     */
    private static String[] labelledPeriod(String text, ImportedPlan plan) {
        if (TIME_LINE.matcher(Text.strip(text)).find()) return null; // 时间：… under a stage heading is that stage's
        Matcher c = LABELLED_PERIOD.matcher(Text.strip(text));
        if (!c.find()) return null;
        if (readsIn(c.group(2), plan)) return new String[] {c.group(1), Text.strip(c.group(2))};
        // the period, then what is done: "汛前准备：即日起至4月30日，完成汛前检查。" (the label is the stage)
        String lead = firstClause(Text.strip(c.group(2)));
        if (!lead.equals(Text.strip(c.group(2))) && readsIn(lead, plan)) return new String[] {c.group(1), lead};
        // the period first: "January–March: fire risk assessments.", "5月：宣传发动" (the work names the stage)
        if (readsIn(c.group(1), plan)) {
            String work = firstClause(Text.strip(c.group(2)));
            if (Text.width(work) <= 60) return new String[] {work, Text.strip(c.group(1))};
        }
        return null;
    }

    /** The items of a list that are a label and a period ("Preparation: June", "1.开学第一课：开学第一周。") as stages. */
    private static List<StageLine> datedItems(ItemList l, ImportedPlan plan, boolean zh) {
        List<StageLine> out = new ArrayList<>();
        for (String item : l.items()) {
            String[] x = labelledPeriod(item, plan);
            if (x == null && LEAD_IN.matcher(item).find()) x = stage(item, zh); // 动员部署（5月下旬）：各乡镇……
            else if (x == null) x = StageLeader.of(item);
            if (x != null) out.add(new StageLine(stageLabel(x[0], zh), x[1], l.line()));
        }
        return out;
    }

    /** Whether the period reader reads the text with the plan's year and issue date. */
    private static boolean readsIn(String period, ImportedPlan plan) {
        try {
            org.planpress.period.PeriodParser.parse(period, plan.year, issued(plan), null);
            return true;
        } catch (org.planpress.model.ModelException | RuntimeException e) {
            return false;
        }
    }

    /** The plan's issue date as its {@code :plan-date:} gives it to periods (即日, 本月), or null when it has no day. */
    private static java.time.LocalDate issued(ImportedPlan plan) {
        if (plan.date == null) return null;
        try {
            return java.time.LocalDate.parse(plan.date); // not a year and a month alone
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A stage named only by its place: 第一阶段, 第2步, Phase 1, Stage Two. */
    private static final Pattern ORDINAL_STAGE = Pattern.compile("^第[一二三四五六七八九十\\d]{1,3}(阶段|步|步骤|环节)$"
            + "|^(?i)(stage|phase|step)\\s+(\\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight)$");

    /**
     * The stage's name written after its period, "（5月20日-5月31日）：排查摸底。对……" and "(April–June 2024): Engagement.
     * We …": a few words ended by a full stop (or the end), a name rather than a sentence's first clause; null
     * otherwise.
     */
    static String nameAfterPeriod(String after, boolean zh) {
        String t = after.replaceFirst("^[\\s：:，,。.、\\-–—]+", "");
        if (t.isEmpty()) return null;
        Matcher stop = NAME_END.matcher(t);
        boolean ended = stop.find();
        // 各单位要制定方案，……: a clause; "Summer campaign: posters, …": what the stage holds, not a name
        if (ended && !stop.group().matches("[。.]")) return null;
        String name = Text.strip(ended ? t.substring(0, stop.start()) : t);
        if (name.isEmpty()) return null;
        int words = name.split("\\s+").length;
        boolean few = zh ? Text.width(name) <= 16 && Text.hasHan(name) : words <= 4 && !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        return few ? stageLabel(name, zh) : null;
    }

    private static final Pattern NAME_END = Pattern.compile("[，,。；;：:、]|\\.(?=\\s|$)");

    static String stageLabel(String s, boolean zh) {
        return stageLabel(s, zh, false);
    }

    /** The stage's name from its line; whole: a name given as such (a table's stage cell) keeps "phase" ("Construction phase"). */
    static String stageLabel(String s, boolean zh, boolean whole) {
        String t = Text.squeeze(s).replaceAll("^[\\s：:，,、.。\\-–—]+|[\\s：:，,、.。;；\\-–—]+$", "");
        Numbering n = Numbering.of(t);
        if (n != null && n.stageStyle() && !n.rest().isEmpty()) t = n.rest().replaceAll("^[\\s：:，,、\\-–—]+", "");
        t = t.replaceFirst("^(?i)(the\\s+)?(first|second|third|fourth|fifth|sixth|final|last)\\s+(stage|phase|step)\\s*[:：,]?\\s*", "");
        t = t.replaceFirst("^(?i)(stage|phase|step|milestone)\\s+\\w+\\s*[:：.,\\-–—]\\s*", "");
        // 一是, 首先, "First," before the label: the order, not the name
        String u0 = t.replaceFirst("^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|然后|最后)[，,：:\\s]*|^(?i)(?:first|second|third|then|next|finally)[,:]?\\s+", "");
        if (!u0.isEmpty()) t = u0;
        if (!zh && !Text.hasHan(t)) {
            String u = whole ? t : t.replaceFirst("(?i)\\s+(stage|phase|period)$", ""); // "the preparation stage (May)" in a sentence
            if (!u.isEmpty()) t = u;
            t = Text.capitalise(t);
        }
        return Text.strip(t);
    }

    private void stages(ImportedPlan plan, boolean zh) {
        List<Block> bs = plan.blocks;
        List<StageLine> found = new ArrayList<>();
        int first = -1;
        String parent = "";
        int parentLevel = 0;
        // stage headings (and stage lines starting paragraphs) inside a stages section, or named as stages
        for (int b = 0; b < bs.size(); b++) {
            Block x = bs.get(b);
            if (x instanceof Heading h) {
                String[] st = stage(h.text(), zh);
                boolean stageSection = STAGE_SECTION.matcher(parent).find() && h.level() > parentLevel;
                if (st != null && (stageSection || STAGE_WORD.matcher(h.text()).find())) {
                    if (first < 0) first = b;
                    // "（一）第一阶段（5月20日-5月31日）：排查摸底。对……" split into its heading and text: the name opens the text
                    if (ORDINAL_STAGE.matcher(st[0]).matches() && b + 1 < bs.size() && bs.get(b + 1) instanceof Para rest && afterColon.contains(rest)) {
                        String named = nameAfterPeriod(rest.text(), zh);
                        if (named != null) st[0] = named;
                    }
                    found.add(new StageLine(st[0], st[1], h.line()));
                    continue;
                }
                if (st == null && b + 1 < bs.size() && bs.get(b + 1) instanceof Para next
                        && (STAGE_WORD.matcher(h.text()).find() || STAGE_SECTION.matcher(parent).find() && h.level() > parentLevel)) {
                    // the period on the line under the stage heading: 时间：5月20日至5月31日
                    Matcher tm = TIME_LINE.matcher(next.text());
                    if (tm.find() && Dates.periodLike(tm.group(2))) {
                        Numbering hn = Numbering.of(h.text());
                        String label = stageLabel(hn == null ? h.text() : h.text().substring(h.text().length() - hn.rest().length()), zh);
                        if (label.isEmpty() && hn != null) label = stageLabel(hn.marker(), zh);
                        if (first < 0) first = b;
                        found.add(new StageLine(label, Text.strip(tm.group(2)), next.line()));
                        continue;
                    }
                }
                if (st == null && h.level() > parentLevel && STAGE_SECTION.matcher(parent).find() && Numbering.of(h.text()) != null
                        && Numbering.of(h.text()).stageStyle()) {
                    plan.note(h.line(), "stage \"" + clip(h.text()) + "\" has no period in brackets: add it to the [.timeline] list by hand");
                }
                if (found.isEmpty() || h.level() <= parentLevel) {
                    parent = h.text();
                    parentLevel = h.level();
                }
            } else if (x instanceof Para p && STAGE_SECTION.matcher(parent).find() && Numbering.of(p.text()) != null) {
                String[] st = stage(p.text(), zh);
                if (st != null && (STAGE_WORD.matcher(st[2]).find() || Numbering.of(p.text()).stageStyle()
                        || LEAD_IN.matcher(Numbering.of(p.text()).rest()).find())) { // 一是动员部署（5月下旬）。
                    if (first < 0) first = b;
                    found.add(new StageLine(st[0], st[1], p.line()));
                }
            } else if (x instanceof Para p && STAGE_SECTION.matcher(parent).find()) {
                String[] st = labelledPeriod(p.text(), plan); // Preparation: 1–15 May 2025. / 准备阶段：5月1日至15日
                if (st != null) {
                    if (first < 0) first = b;
                    found.add(new StageLine(stageLabel(st[0], zh), st[1], p.line()));
                } else if ((st = stage(p.text(), zh)) != null && LEAD_IN.matcher(p.text()).find()) {
                    if (first < 0) first = b; // Preparation (1–15 May): teams are formed. (an item whose list number is gone)
                    found.add(new StageLine(st[0], st[1], p.line()));
                }
            } else if (x instanceof ItemList l && STAGE_SECTION.matcher(parent).find()) {
                List<StageLine> items = datedItems(l, plan, zh);
                if (!items.isEmpty() && items.size() == l.items().size()) { // • Preparation: June; • Review: July
                    if (first < 0) first = b;
                    found.addAll(items);
                }
            }
        }
        int at = first;
        if (found.isEmpty() && tableStages.containsKey(plan)) {
            Object[] ts = tableStages.get(plan);
            at = indexOfBlock(bs, ts[0]);
            @SuppressWarnings("unchecked")
            List<StageLine> st = (List<StageLine>) ts[1];
            found.addAll(st);
            plan.note(bs.get(at).line(), "stages read from the schedule table");
        }
        if (found.isEmpty()) {
            // 宣传发动阶段（5月）, the preparation stage (May); 9月1日至9月7日为宣传发动阶段; 宣传发动阶段为9月1日至7日
            List<Pattern> forms = zh ? List.of(SENTENCE_STAGE_ZH, SENTENCE_PERIOD_FIRST_ZH, SENTENCE_STAGE_IS_ZH) : List.of(SENTENCE_STAGE_EN);
            for (int b = 0; b < bs.size() && found.isEmpty(); b++) {
                if (!(bs.get(b) instanceof Para p)) continue;
                List<StageLine> st = new ArrayList<>();
                for (int f = 0; f < forms.size() && st.size() < 2; f++) {
                    st.clear();
                    Matcher m = forms.get(f).matcher(p.text());
                    while (m.find()) {
                        if (!Dates.periodLike(m.group("period"))) continue;
                        String label = m.group("stage").replaceFirst("^(第[一二三四五六七八九十]+阶段)(为|是)?", "");
                        label = label.replaceFirst("^(?i)(the\\s+)?(first|second|third|fourth|fifth|final|last)\\s+(stage|phase)\\s+(is|was)?\\s*", "");
                        label = label.replaceFirst("^(?i)(and\\s+|then\\s+|or\\s+|with\\s+)?(the\\s+)?", "");
                        label = stageLabel(label.isEmpty() ? m.group("stage") : label, zh);
                        st.add(new StageLine(label, Text.strip(m.group("period")), p.line()));
                    }
                }
                if (st.size() >= 2) {
                    found.addAll(st);
                    at = b + 1;
                    plan.note(p.line(), "stages read from the sentence: check the [.timeline] list written after it");
                }
            }
        }
        if (found.isEmpty()) { // a list of dated items in any section: 1.开学第一课：开学第一周。 2.防溺水教育：5月—6月。
            for (int b = 0; b < bs.size() && found.isEmpty(); b++) {
                if (!(bs.get(b) instanceof ItemList l) || l.items().size() < 2) continue;
                List<StageLine> st = datedItems(l, plan, zh);
                if (st.size() >= 2 && st.size() * 3 >= l.items().size() * 2) {
                    found.addAll(st);
                    at = b + 1;
                    plan.note(l.line(), "stages read from the list of dated items: check the [.timeline] list written after it");
                }
            }
        }
        if (found.isEmpty()) return;
        // one label per stage: a repeated label gets its number
        bs.add(at, new Timeline(found, found.get(0).line()));
    }

    /**
     * Roster roles and stages that PlanPress cannot read (yet) would make the plan fail to build: they are left out of
     * the lists with a warning (a roster line stays in the text as it was written), so the imported plan builds.
     */
    private static void readable(ImportedPlan plan) {
        List<Block> bs = plan.blocks;
        for (int b = 0; b < bs.size(); b++) {
            if (bs.get(b) instanceof Roster r) {
                List<RoleLine> ok = new ArrayList<>();
                List<Block> after = new ArrayList<>();
                for (RoleLine rl : r.roles()) {
                    try {
                        org.planpress.roster.RosterParser.parseRole(rl.label(), rl.people());
                        ok.add(rl);
                    } catch (org.planpress.model.ModelException | RuntimeException ex) {
                        plan.note(rl.line(), "roster role \"" + rl.label() + "\" left out of the [.roster] list, which cannot read it yet ("
                                + ex.getMessage() + "): add it by hand");
                        if (rl.source() != null) for (String line : rl.source().split("\n")) after.add(new Para(line, rl.line()));
                    }
                }
                if (ok.size() == r.roles().size()) continue;
                bs.remove(b);
                int at = b;
                if (!ok.isEmpty()) bs.add(at++, new Roster(ok, r.line()));
                bs.addAll(at, after);
                b = at + after.size() - 1;
            } else if (bs.get(b) instanceof Timeline t) {
                List<StageLine> ok = new ArrayList<>();
                for (StageLine s : t.stages()) {
                    try {
                        org.planpress.period.PeriodParser.parse(s.period(), plan.year, issued(plan), null);
                        ok.add(s);
                    } catch (org.planpress.model.ModelException | RuntimeException ex) {
                        plan.note(s.line(), "stage \"" + s.label() + "\" left out of the [.timeline] list: its period \"" + s.period()
                                + "\" is not a form PlanPress reads yet; add it by hand in one of the period forms");
                    }
                }
                if (ok.size() == t.stages().size()) continue;
                if (ok.isEmpty()) bs.remove(b--);
                else bs.set(b, new Timeline(ok, t.line()));
            }
        }
    }
}
