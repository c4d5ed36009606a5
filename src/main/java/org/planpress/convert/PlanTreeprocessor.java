package org.planpress.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.planpress.i18n.Messages;
import org.planpress.model.ModelException;
import org.planpress.period.DateConventions;
import org.planpress.model.Period;
import org.planpress.period.PeriodParser;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.RoleKind;
import org.planpress.model.Roster;
import org.planpress.roster.RosterParser;
import org.planpress.roster.RosterProse;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;

/**
 * The AsciidoctorJ extension that reads a plan's structure: it gives every section a stable id and a kind,
 * turns {@code [.roster]} and {@code [.timeline]} description lists into the plain model, and replaces them
 * in the document with the roster card and timeline figure (HTML backends) or tables and the timeline
 * image (PDF backend). Registered by SPI ({@link PlanExtensions}), so it runs in every Asciidoctor instance;
 * without a {@link ConversionContext} it only transforms.
 */
public final class PlanTreeprocessor extends Treeprocessor {

    @Override
    public Document process(Document document) {
        ConversionContext ctx = ConversionContext.current();
        if (ctx == null) return document;
        Object year = document.getAttribute("plan-year");
        if (year != null) {
            try {
                ctx.planYear = Integer.valueOf(year.toString().strip());
            } catch (NumberFormatException e) {
                ctx.error(headerLine(document, "plan-year"), "plan-year must be a year such as 2024, not \"" + year + "\"");
            }
        }
        Object date = document.getAttribute("plan-date");
        if (date != null) {
            ctx.planDate = planDate(date.toString());
            if (ctx.planDate == null) {
                ctx.error(headerLine(document, "plan-date"), "plan-date must be the day the plan is issued, such as "
                    + "2024-03-02 or 2024年3月2日, not \"" + date + "\"");
            }
        }
        Walk walk = new Walk(ctx, document);
        walk.walk();
        walk.replaceBlocks();
        return document;
    }

    /** The issue date of {@code :plan-date:}, a single day, or null when it is not one. */
    private static java.time.LocalDate planDate(String value) {
        try {
            Period p = PeriodParser.parse(value, null);
            return p.yearStated() && p.start().equals(p.end()) && !p.openStart() && !p.approximate() ? p.start() : null;
        } catch (ModelException e) {
            return null;
        }
    }

    /** The line of a header attribute entry ({@code :attr:}) in the document's file, else 1. */
    private static int headerLine(Document doc, String attr) {
        Object file = doc.getAttribute("docfile");
        try {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(String.valueOf(file)));
            for (int i = 0; i < lines.size() && !(i > 0 && lines.get(i).isBlank()); i++) {
                if (lines.get(i).startsWith(":" + attr + ":")) return i + 1;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall back to the title line
        }
        return 1;
    }

    /** One pass over a document. */
    private final class Walk {
        final ConversionContext ctx;
        final Document doc;
        final boolean pdf;
        /** Ids given in this pass; with {@link #refs}, minus {@link #released}, the ids in use. */
        final Set<String> usedIds = new HashSet<>();
        /**
         * The document's catalog of ids, only looked up: copying it (its key set) converts every section and
         * block it refers to into a Java node, a visible part of the conversion on 1,000 plans.
         */
        final Map<String, Object> refs;
        /** Generated ids ({@code _title}) replaced by this pass: free again. */
        final Set<String> released = new HashSet<>();
        final List<Pending> pending = new ArrayList<>();
        final Messages msg;

        Walk(ConversionContext ctx, Document doc) {
            this.ctx = ctx;
            this.doc = doc;
            Object backend = doc.getAttribute("backend");
            this.pdf = backend != null && backend.toString().startsWith("pdf");
            Object lang = doc.getAttribute("lang");
            this.msg = Messages.forLang(lang == null ? "en" : lang.toString());
            Map<String, Object> catalogRefs = doc.getCatalog() == null ? null : doc.getCatalog().getRefs();
            this.refs = catalogRefs == null ? Map.of() : catalogRefs;
        }

        boolean taken(String id) {
            return usedIds.contains(id) || !released.contains(id) && refs.containsKey(id);
        }

        /**
         * Visits what PlanPress reads, found by Asciidoctor's own traversal ({@code find_by}), so only those
         * nodes cross into Java: sections (in document order, parents first), rosters and timelines (in document
         * order), images and passthrough blocks.
         */
        void walk() {
            for (StructuralNode b : doc.findBy(Map.of("context", ":section"))) {
                // find_by also returns the document header, a level-0 section
                if (!(b instanceof Section) || b.getLevel() == 0 || b.getParent() == null) continue;
                ContentNode parent = b.getParent();
                section((Section) b, parent instanceof Section ps ? ps.getId() : null);
            }
            // rosters and timelines in document order, in each way they are written: a description list, a table
            // (职务 | 姓名 | 职位, a schedule), label lines in a paragraph (组长：王强, Leader: ...), a list of stage lines;
            // found by their role, so that the other lists, tables and paragraphs stay in Ruby
            for (StructuralNode b : doc.findBy(Map.of("role", "roster"))) {
                StructuralNode parent = (StructuralNode) b.getParent();
                if (b instanceof DescriptionList l) roster(l, parent);
                else if (b instanceof org.asciidoctor.ast.Table t) rosterTable(t, parent);
                else if (b instanceof org.asciidoctor.ast.Block para && "paragraph".equals(b.getContext())) rosterLines(para, parent);
                else if (b instanceof org.asciidoctor.ast.List l) rosterItems(l, parent);
                else unread(b, "roster", "组长:: 王强, Leader:: Wang Qiang");
            }
            for (StructuralNode b : doc.findBy(Map.of("role", "timeline"))) {
                StructuralNode parent = (StructuralNode) b.getParent();
                if (b instanceof DescriptionList l) timeline(l, parent);
                else if (b instanceof org.asciidoctor.ast.Table t) timelineTable(t, parent);
                else if (b instanceof org.asciidoctor.ast.Block para && "paragraph".equals(b.getContext())) timelineLines(para, parent);
                else if (b instanceof org.asciidoctor.ast.List l) timelineItems(l, parent);
                else unread(b, "timeline", "宣传发动阶段:: 3月1日至3月15日, Preparation:: June");
            }
            for (StructuralNode b : doc.findBy(Map.of("context", ":image"))) image(b);
            for (StructuralNode b : doc.findBy(Map.of("context", ":floating_title"))) discrete(b);
            if (!ctx.allowPassthrough) {
                for (StructuralNode b : doc.findBy(Map.of("context", ":pass"))) {
                    ctx.error(line(b), "raw HTML passthrough blocks are not allowed (set planpress.allow-passthrough=true in jbake.properties to allow them)");
                }
            }
        }

        /** A block image must exist inside the content directory (it is copied to the site with the page). */
        void image(StructuralNode b) {
            Object target = b.getAttribute("target");
            if (target == null) return;
            String t = target.toString();
            altText(b, t);
            if (t.contains("://") || t.startsWith("data:")) return;
            Object imagesdir = doc.getAttribute("imagesdir");
            Object docdir = doc.getAttribute("docdir");
            java.nio.file.Path dir = java.nio.file.Path.of(docdir == null ? "." : docdir.toString());
            if (imagesdir != null && !imagesdir.toString().isEmpty()) dir = dir.resolve(imagesdir.toString());
            java.nio.file.Path file = dir.resolve(t).normalize();
            if (!file.startsWith(ctx.contentRoot)) {
                ctx.error(line(b), "image outside the content directory refused: " + t);
            } else if (!java.nio.file.Files.isRegularFile(file)) {
                ctx.error(line(b), "image not found: " + t);
            }
        }

        /**
         * Alt text as the author meant it. A comma in unquoted alt text ends it: Asciidoctor takes the words after it
         * for the width (and height), which the page then carries as {@code width="by district"}; they go back into
         * the alt text, with a warning. An image without alt text says its file name to a screen reader
         * ("org chart"): its title stands in when it has one, else the author is told what to write.
         */
        private void altText(StructuralNode b, String target) {
            Object w = b.getAttribute("width");
            if (w != null && w.equals(positional(b, 2)) && !b.hasAttribute("default-alt")
                    && !w.toString().strip().matches(".*\\d.*")) {
                StringBuilder alt = new StringBuilder(String.valueOf(b.getAttribute("alt"))).append(", ").append(w.toString().strip());
                b.getAttributes().remove("width");
                Object h = b.getAttribute("height");
                if (h != null && h.equals(positional(b, 3)) && !h.toString().strip().matches(".*\\d.*")) {
                    alt.append(", ").append(h.toString().strip());
                    b.getAttributes().remove("height");
                }
                b.setAttribute("alt", alt.toString(), true);
                ctx.warning(line(b), "the comma in the alt text of image " + target + " ended it (\"" + w.toString().strip()
                        + "\" was read as the width): put the alt text in quotes, image::" + target + "[\"" + alt + "\"]");
            }
            if (b.hasAttribute("default-alt")) {
                String title = b.getTitle() == null ? "" : plain(b.getTitle()).strip();
                if (!title.isEmpty()) {
                    b.setAttribute("alt", title, true);
                } else {
                    ctx.warning(line(b), "image " + target + " has no alt text: a screen reader says its file name (\""
                            + b.getAttribute("alt") + "\"); write what it shows in the brackets, image::" + target
                            + "[what the image shows]");
                }
            }
        }

        /**
         * A discrete heading one level under its section at most: {@code [discrete] ==== Contacts} under a
         * {@code ==} section was an h4 after an h2, a skipped level (vnu's error, axe's heading-order).
         */
        private void discrete(StructuralNode b) {
            int parent = 0;
            for (org.asciidoctor.ast.ContentNode p = b.getParent(); p != null; p = p.getParent()) {
                if (p instanceof Section s) {
                    parent = s.getLevel();
                    break;
                }
            }
            if (b.getLevel() > parent + 1) b.setLevel(parent + 1);
        }

        /** The {@code n}th positional attribute of a block (Asciidoctor files it under an Integer key). */
        private static Object positional(StructuralNode b, int n) {
            for (Map.Entry<String, Object> e : b.getAttributes().entrySet()) {
                if (String.valueOf((Object) e.getKey()).equals(Integer.toString(n))) return e.getValue();
            }
            return null;
        }

        String section(Section s, String parentId) {
            String id = s.getId();
            String title = s.getTitle() == null ? "" : s.getTitle();
            boolean generated = id == null || id.startsWith("_");
            if (generated) {
                usedIds.remove(id);
                if (id != null) released.add(id);
                String slug = Slugs.of(title);
                String candidate = slug;
                if (taken(candidate) && parentId != null) candidate = parentId + "-" + slug;
                int n = 2;
                String base = candidate;
                while (taken(candidate)) candidate = base + "-" + n++;
                id = candidate;
                s.setId(id);
            }
            usedIds.add(id);
            String kind = null;
            Object declared = s.getAttribute("kind");
            if (declared != null) {
                String k = declared.toString().strip().toLowerCase(Locale.ROOT);
                if (ctx.kinds.isKnown(k)) kind = k;
                else ctx.warning(line(s), "unknown section kind \"" + declared + "\"; known kinds: " + String.join(", ", ctx.kinds.keys()));
            } else {
                kind = ctx.kinds.classify(plain(title));
            }
            if (kind != null) s.addRole("pp-kind-" + kind);
            ctx.sections.add(new org.planpress.model.Section(id, plain(title), s.getLevel(), kind));
            ctx.sectionLines.add(ctx.sectionLinesNeeded ? line(s) : 0);
            return id;
        }

        void roster(DescriptionList list, StructuralNode parent) {
            List<Role> roles = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (DescriptionListEntry e : list.getItems()) {
                // the label as shown and ranked: without brackets and padding (【副总指挥】, 组  长)
                String title = RosterParser.roleTitle(e.getTerms().isEmpty() ? "" : source(e.getTerms().get(0)));
                ListItem d = e.getDescription();
                int ln = line(e.getTerms().isEmpty() ? list : e.getTerms().get(0));
                List<String> texts = new ArrayList<>();
                // lines wrapped under the label are part of the text; a list or a paragraph attached with "+"
                // continues the role too
                if (d != null) {
                    texts.add(source(d));
                    for (StructuralNode sub : d.getBlocks()) {
                        if (sub instanceof org.asciidoctor.ast.List l) {
                            for (StructuralNode item : l.getItems()) texts.add(source((ListItem) item));
                        } else if ("paragraph".equals(sub.getContext()) && sub instanceof org.asciidoctor.ast.Block para) {
                            texts.add(para.getSource());
                        }
                    }
                }
                role(title, ln, textLine(list, ln, texts), texts, names, roles);
            }
            pendingRoster(list, parent, roles);
        }

        /** A roster written as label lines in a paragraph: each line "label：names" (or ":"), wrapped lines continuing it. */
        void rosterLines(org.asciidoctor.ast.Block para, StructuralNode parent) {
            int first = line(para);
            List<String> lines = para.getLines();
            List<Integer> numbers = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) numbers.add(first + k);
            rosterOf(para, parent, lines, numbers);
        }

        /**
         * A roster written as a list marked {@code [.roster]} ({@code * 组长：王强}): each item a label line, as in a
         * paragraph; an item without a label, or a list under an item, continues the role above it.
         */
        void rosterItems(org.asciidoctor.ast.List list, StructuralNode parent) {
            List<String> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (StructuralNode item : list.getItems()) {
                int ln = line(item) > 0 ? line(item) : line(list);
                lines.add(source((ListItem) item));
                numbers.add(ln);
                for (StructuralNode sub : item.getBlocks()) {
                    if (!(sub instanceof org.asciidoctor.ast.List l)) continue;
                    for (StructuralNode s : l.getItems()) {
                        lines.add(source((ListItem) s));
                        numbers.add(line(s) > 0 ? line(s) : ln);
                    }
                }
            }
            rosterOf(list, parent, lines, numbers);
        }

        private void rosterOf(StructuralNode block, StructuralNode parent, List<String> lines, List<Integer> numbers) {
            List<Role> roles = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (String[] entry : labelLines(prose(lines, numbers), numbers, "roster role")) {
                role(RosterParser.roleTitle(entry[0]), Integer.parseInt(entry[2]), List.of(entry[1]), names, roles);
            }
            pendingRoster(block, parent, roles);
        }

        /**
         * The lines with each sentence that sets up the group ({@code 组长由县长张三担任，副组长由……担任},
         * {@code 成立以……为组长……的领导小组}, {@code Chaired by Jane Smith, with Tom Hill as vice-chair}) in place of its
         * roles' label lines ({@link RosterProse}), {@code numbers} changed to match: a sentence is the lines without a
         * label from the paragraph's start, or from a line after a role's that {@link RosterProse} reads on its own
         * (else such a line continues the role above). Words of the sentence that name someone but go into no role
         * are an error: the roster would lose them.
         */
        private List<String> prose(List<String> lines, List<Integer> numbers) {
            List<String> out = new ArrayList<>();
            List<Integer> outNumbers = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k).strip();
                if (l.isEmpty() || labelEnd(l) > 0 && !proseLabel(l)) {
                    out.add(lines.get(k));
                    outNumbers.add(numbers.get(k));
                    continue;
                }
                boolean first = out.stream().allMatch(String::isBlank);
                if (!first && RosterProse.read(l).isEmpty()) { // a line continuing the role above
                    out.add(lines.get(k));
                    outNumbers.add(numbers.get(k));
                    continue;
                }
                int end = k + 1; // the sentence runs on over the lines after it without a label
                while (end < lines.size() && !lines.get(end).isBlank() && labelEnd(lines.get(end).strip()) < 0) end++;
                String sentence = String.join("\n", lines.subList(k, end));
                List<RosterProse.Line> read = RosterProse.read(sentence);
                if (read.isEmpty()) {
                    out.add(lines.get(k));
                    outNumbers.add(numbers.get(k));
                    continue;
                }
                for (String unread : RosterProse.unread(sentence)) {
                    ctx.error(numbers.get(k), "the roster sentence names \"" + unread + "\" in none of its roles (read: "
                            + String.join("; ", read.stream().map(RosterProse.Line::text).toList()) + "): write the roster as"
                            + " label lines (组长：张三, Leader: Jane Smith), and what the sentence says of the group after the roster,"
                            + " in a paragraph of its own");
                }
                for (RosterProse.Line r : read) {
                    out.add(r.text());
                    outNumbers.add(numbers.get(k));
                }
                k = end - 1;
            }
            numbers.clear();
            numbers.addAll(outNumbers);
            return out;
        }

        /** A line whose "label" is the start of a sentence: 领导小组组长：张三；副组长：李四 is read as one. */
        private static boolean proseLabel(String line) {
            String label = line.substring(0, labelEnd(line));
            return label.matches(".*(?:领导小组|工作小组|指挥部|委员会|工作组|专班)(?:常务副组长|副组长|组长|副总指挥|总指挥|副指挥长|指挥长|副主任|主任|成员)");
        }

        /** A block marked {@code [.roster]} or {@code [.timeline]} in a form neither is read from: an error, not nothing. */
        private void unread(StructuralNode b, String role, String example) {
            ctx.error(line(b), "[." + role + "] is read from a description list (" + example + "), a list, a table or lines"
                    + " in a paragraph, not from this " + b.getContext() + " block: put [." + role + "] on the list or table itself");
        }

        /**
         * A roster written as a table: a row per person (or per role), with columns for the role, the name and the
         * position, found by their header (职务, 姓名, 职位; Role, Name, Position ...) in any order, else in that order.
         * A row without a role continues the role above it.
         */
        void rosterTable(org.asciidoctor.ast.Table table, StructuralNode parent) {
            List<List<String>> rows = rows(table);
            List<Integer> lines = rowLines(table, rows);
            int[] columns = headed(rows, lines, TableColumns::roster, 0, 1, 2); // role, name, position
            // a table without a role column (序号 | 姓名 | 工作单位及职务) lists the group's members
            String members = columns[0] < 0 ? memberTitle(rows) : null;
            List<Role> roles = new ArrayList<>();
            Set<String> names = new HashSet<>();
            String title = null;
            int titleLine = line(table);
            List<String> people = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                String role = members != null ? members : cell(cells, columns[0]);
                String name = cell(cells, columns[1]);
                String position = cell(cells, columns[2]);
                if (!role.isEmpty() && !role.equals(title)) {
                    if (title != null) role(RosterParser.roleTitle(title), titleLine, List.of(String.join("；", people)), names, roles);
                    title = role;
                    titleLine = lines.get(r);
                    people = new ArrayList<>();
                }
                if (title == null) {
                    ctx.error(lines.get(r), "the roster table's first row has no role: write it in its first column (组长, Leader)");
                    return;
                }
                if (!name.isEmpty()) people.add(position.isEmpty() ? name : hasHan(name + position) ? name + "（" + position + "）" : name + " (" + position + ")");
                else if (!position.isEmpty()) people.add(position); // a post without a name: 各班班主任
            }
            if (title != null) role(RosterParser.roleTitle(title), titleLine, List.of(String.join("；", people)), names, roles);
            pendingRoster(table, parent, roles);
        }

        /** The role of every row of a roster table without a role column: 成员, or Members for a table in English. */
        private String memberTitle(List<List<String>> rows) {
            for (List<String> cells : rows) {
                for (String c : cells) if (hasHan(c)) return "成员";
            }
            return "Members";
        }

        /** The cells' text of a table's rows, its header's first. */
        private static List<List<String>> rows(org.asciidoctor.ast.Table table) {
            List<List<String>> out = new ArrayList<>();
            for (List<org.asciidoctor.ast.Row> part : List.of(table.getHeader(), table.getBody())) {
                for (org.asciidoctor.ast.Row row : part) {
                    List<String> cells = new ArrayList<>();
                    for (org.asciidoctor.ast.Cell c : row.getCells()) cells.add(c.getSource() == null ? "" : c.getSource().strip());
                    out.add(cells);
                }
            }
            return out;
        }

        /**
         * The columns {@code header} finds in the first of {@code rows}, which is then taken off them (and its line off
         * {@code lines}); else {@code defaults}.
         */
        private static int[] headed(List<List<String>> rows, List<Integer> lines,
                java.util.function.Function<List<String>, int[]> header, int... defaults) {
            int[] found = rows.isEmpty() ? null : header.apply(rows.get(0));
            if (found == null) return defaults;
            rows.remove(0);
            lines.remove(0);
            return found;
        }

        /**
         * The line of each row of a table in its file: the next line, from the table's, that holds the row's first
         * cell with text; the table's line when it cannot be found (a table from an include, a cell on several lines).
         */
        private List<Integer> rowLines(org.asciidoctor.ast.Table table, List<List<String>> rows) {
            int tableLine = line(table);
            List<String> source = sourceLines(table);
            List<Integer> out = new ArrayList<>();
            int next = Math.max(tableLine, 1);
            for (List<String> cells : rows) {
                String key = cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse(null);
                int found = -1;
                for (int k = next; key != null && k <= source.size(); k++) {
                    if (source.get(k - 1).contains(key)) {
                        found = k;
                        break;
                    }
                }
                out.add(found > 0 ? found : tableLine);
                if (found > 0) next = found + 1;
            }
            return out;
        }

        /** The lines of the file a block was read from, or none when it cannot be read. */
        private List<String> sourceLines(StructuralNode block) {
            org.asciidoctor.ast.Cursor at = block.getSourceLocation();
            try {
                if (at != null && at.getFile() != null) {
                    java.nio.file.Path file = at.getDir() == null ? java.nio.file.Path.of(at.getFile())
                            : java.nio.file.Path.of(at.getDir()).resolve(at.getFile());
                    return java.nio.file.Files.readAllLines(file);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // the rows get the table's line
            }
            return List.of();
        }

        private static String cell(List<String> cells, int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        /**
         * Reads one role's people from {@code texts} into {@code roles}, and after it each further role written
         * inside them ({@code 王建国；副组长：李明}); an error at {@code ln} when the role names no one.
         */
        private void role(String title, int ln, List<String> texts, Set<String> names, List<Role> roles) {
            role(title, ln, ln, texts, names, roles);
        }

        /**
         * The line of the file on which the first of a list entry's texts starts: the term's line ({@code 成员:: 张三})
         * or one of the next few ({@code 成员::} and the people below it); the term's when it cannot be found.
         */
        private int textLine(StructuralNode list, int ln, List<String> texts) {
            if (texts.isEmpty() || ln <= 0) return ln;
            String first = texts.get(0).strip().split("\n", 2)[0].strip();
            List<String> source = sourceLines(list);
            for (int k = ln; !first.isEmpty() && k <= Math.min(source.size(), ln + 3); k++) {
                if (source.get(k - 1).contains(first)) return k;
            }
            return ln;
        }

        /** As {@link #role(String, int, List, Set, List)}, the first text starting at line {@code textLine}. */
        private void role(String title, int ln, int textLine, List<String> texts, Set<String> names, List<Role> roles) {
            List<Person> people = new ArrayList<>();
            List<Role> further = new ArrayList<>();
            int at = textLine; // the line the text read starts on: known for the first text only
            try {
                for (String text : texts) {
                    if (text.isBlank()) continue;
                    if (text != texts.get(0)) at = -1;
                    List<Role> read = RosterParser.parseRoles(title, text);
                    people.addAll(read.get(0).people());
                    further.addAll(read.subList(1, read.size()));
                }
                if (people.isEmpty()) throw new ModelException("roster role \"" + title + "\" lists no names");
            } catch (ModelException ex) {
                ctx.error(at > 0 ? at + ex.line() : ln, ex.getMessage()); // a sentence on a line of its own: that line
                return;
            }
            List<Role> all = new ArrayList<>();
            all.add(new Role(title, RoleKind.of(title), List.copyOf(people)));
            all.addAll(further);
            for (Role r : all) {
                for (Person p : r.people()) {
                    if (!p.group() && !names.add(p.name())) ctx.warning(ln, "\"" + p.name() + "\" is listed twice in this roster");
                }
                roles.add(r);
            }
        }

        /**
         * The roles, the first one heading the group when no role has a leader's title and its title names no
         * members ({@link RoleKind#leadsWhenFirst}: Senior Responsible Officer, 总负责).
         */
        private static List<Role> headed(List<Role> roles) {
            if (roles.isEmpty() || roles.stream().anyMatch(r -> r.kind() == RoleKind.LEADER)) return List.copyOf(roles);
            Role first = roles.get(0);
            if (first.kind() != RoleKind.MEMBER || !RoleKind.leadsWhenFirst(first.title())) return List.copyOf(roles);
            List<Role> out = new ArrayList<>(roles);
            out.set(0, new Role(first.title(), RoleKind.LEADER, first.people()));
            return List.copyOf(out);
        }

        private void pendingRoster(StructuralNode block, StructuralNode parent, List<Role> roles) {
            String id = block.getId() != null ? block.getId() : unique("roster");
            usedIds.add(id);
            Roster roster = new Roster(id, headed(roles));
            ctx.rosters.add(roster);
            String caption = block.getTitle() != null ? plain(block.getTitle()) : msg.get("roster.title");
            pending.add(new Pending(parent, block, roster, null, caption));
        }

        /**
         * The label lines of a roster written as lines (a paragraph's, a list's items): label, text and line number of each line with a colon
         * (：or :) after a label, the lines after it without one joined to it. A first line without a label is an
         * error ({@code what}: what a line is, for the message). A timeline's lines are read by {@link #addStages}.
         */
        private List<String[]> labelLines(List<String> lines, List<Integer> numbers, String what) {
            List<String[]> out = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k).strip();
                if (l.isEmpty()) continue;
                int colon = labelEnd(l);
                if (colon > 0) {
                    out.add(new String[] {l.substring(0, colon), l.substring(colon + 1).strip(), String.valueOf(numbers.get(k))});
                } else if (!out.isEmpty()) {
                    String[] last = out.get(out.size() - 1);
                    last[1] = last[1] + "\n" + l;
                } else {
                    ctx.error(numbers.get(k), "expected a " + what + " as \"label: text\" (组长：王强, Leader: Wang Qiang), or a"
                            + " description list (组长:: 王强), not \"" + l + "\"");
                }
            }
            return out;
        }

        /**
         * Where a line's label ends: its first ：or : when a label of at most 20 characters comes before it, or of at
         * most 48 in Latin words ({@code Deputy Incident Controller:}, {@code Head of Estates and Facilities:});
         * else -1.
         */
        private static int labelEnd(String line) {
            for (int k = 0; k < line.length() && k <= 48; k++) {
                char c = line.charAt(k);
                if (c == '：' || c == ':') return k > 0 && (k <= 20 || LATIN_LABEL.matcher(line.substring(0, k)).matches()) ? k : -1;
            }
            return -1;
        }

        private static final java.util.regex.Pattern LATIN_LABEL = java.util.regex.Pattern.compile("[\\p{IsLatin} '’&/().,-]+");

        void timeline(DescriptionList list, StructuralNode parent) {
            List<Stage> stages = new ArrayList<>();
            List<Object[]> texts = new ArrayList<>();
            for (DescriptionListEntry e : list.getItems()) {
                String term = e.getTerms().isEmpty() ? "" : source(e.getTerms().get(0)).strip();
                ListItem d = e.getDescription();
                String text = d == null ? "" : source(d).strip();
                int ln = line(e.getTerms().isEmpty() ? list : e.getTerms().get(0));
                StageLines.Parts parts = readable(text) ? new StageLines.Parts(term, text, null) : inBrackets(term, text);
                Period p = stage(parts.name(), parts.period(), parts.description(), ln, stages);
                if (p == null) continue;
                String anchor = null;
                if (d != null && !d.getBlocks().isEmpty()) {
                    anchor = unique("stage-" + Slugs.of(parts.name()));
                    usedIds.add(anchor);
                    texts.add(new Object[] {anchor, parts.name(), d});
                }
                stages.add(new Stage(parts.name(), p, anchor));
            }
            pendingTimeline(list, parent, stages, texts);
        }

        /**
         * The stage of a list entry whose text is not a period, read from its term and text as one line with its
         * period in brackets ({@code 第一阶段:: 宣传发动阶段（3月1日-3月15日）}) or after a comma or a spaced dash
         * ({@code Stage 3:: Implementation, September to November}); else the term and text as they are.
         */
        private StageLines.Parts inBrackets(String term, String text) {
            String line = text.isEmpty() ? term : term + (hasHan(term + text) ? "：" : ": ") + text;
            StageLines.Parts parts = StageLines.inBrackets(line, this::readable);
            if (parts == null && !text.isEmpty()) parts = StageLines.trailingPeriod(line, this::readable); // Stage 3:: Implementation, May
            return parts != null ? parts : new StageLines.Parts(term, text, null);
        }

        private DateConventions conventions;

        /**
         * How the plan writes slashed dates and when its financial year starts, from {@code :lang:} and
         * {@code :plan-fiscal-year-start:}; a start that is not a month is reported once, and the language's used.
         */
        private DateConventions conventions() {
            if (conventions != null) return conventions;
            Object lang = doc.getAttribute("lang");
            Object fiscal = doc.getAttribute("plan-fiscal-year-start");
            String l = lang == null ? null : lang.toString();
            try {
                conventions = DateConventions.of(l, fiscal == null ? null : fiscal.toString());
            } catch (IllegalArgumentException e) {
                ctx.error(headerLine(doc, "plan-fiscal-year-start"), e.getMessage());
                conventions = DateConventions.of(l, null);
            }
            return conventions;
        }

        /** Whether a text reads as a period in this plan, without reporting anything. */
        private boolean readable(String text) {
            if (text.isBlank()) return false;
            try {
                PeriodParser.parse(text, ctx.planYear, ctx.planDate, conventions(), null);
                return true;
            } catch (ModelException | RuntimeException e) {
                return false;
            }
        }

        /**
         * A timeline written as a table (阶段 | 时间 | 内容; Stage | Period | Tasks): a stage per row, from the columns
         * its header names (the work column names the stage when there is no stage column), else the first two. The
         * table stays, under the timeline figure: its other columns are the stages' text.
         */
        void timelineTable(org.asciidoctor.ast.Table table, StructuralNode parent) {
            List<List<String>> rows = rows(table);
            List<Integer> lines = rowLines(table, rows);
            int[] columns = headed(rows, lines, TableColumns::schedule, 0, 1, -1); // stage, period, work
            List<Stage> stages = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                String name = cell(cells, columns[0]);
                if (name.isEmpty()) name = cell(cells, columns[2]);
                String period = cell(cells, columns[1]);
                if (name.isEmpty() && period.isEmpty()) continue;
                Period p = stage(name, period, null, lines.get(r), stages);
                if (p != null) stages.add(new Stage(name, p, null));
            }
            pendingTimeline(table, parent, stages, new ArrayList<>());
        }

        /**
         * A timeline written as lines in a paragraph: "stage：period" (or ":"), or a line with its period in brackets
         * ({@link StageLines}); a line that is neither continues the stage above it.
         */
        void timelineLines(org.asciidoctor.ast.Block para, StructuralNode parent) {
            int first = line(para);
            List<String> lines = para.getLines();
            List<Integer> numbers = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) numbers.add(first + k);
            addStages(para, parent, lines, numbers, true);
        }

        /** A timeline written as a list marked {@code [.timeline]}: each item a stage line, as in a paragraph. */
        void timelineItems(org.asciidoctor.ast.List list, StructuralNode parent) {
            List<String> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (StructuralNode item : list.getItems()) {
                lines.add(source((ListItem) item));
                numbers.add(line(item) > 0 ? line(item) : line(list));
            }
            addStages(list, parent, lines, numbers, false);
        }

        private void addStages(StructuralNode block, StructuralNode parent, List<String> lines, List<Integer> numbers,
                boolean continued) {
            List<String[]> entries = new ArrayList<>(); // name, period, description, line
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k).strip();
                if (l.isEmpty()) continue;
                String[] entry = stageLine(l, numbers.get(k));
                if (entry != null) {
                    entries.add(entry);
                } else if (continued && !entries.isEmpty()) {
                    String[] last = entries.get(entries.size() - 1);
                    if (last[2] != null) last[2] = last[2] + " " + l; // more of a description
                    else last[1] = last[1] + " " + l;
                } else {
                    ctx.error(numbers.get(k), "expected a timeline stage as \"stage: period\" (宣传发动阶段：3月1日至3月15日,"
                            + " Preparation: June) or with its period in brackets (宣传发动阶段（3月1日—3月15日）, Phase 1:"
                            + " Preparation (1–15 March)), not \"" + l + "\"");
                }
            }
            List<Stage> stages = new ArrayList<>();
            for (String[] e : entries) {
                Period p = stage(e[0].strip(), e[1].strip(), e[2], Integer.parseInt(e[3]), stages);
                if (p != null) stages.add(new Stage(e[0].strip(), p, null));
            }
            pendingTimeline(block, parent, stages, new ArrayList<>());
        }

        /**
         * A stage line's name, period, description (null when none) and line number: "label：period" when the text
         * after the label reads as a period, else a period in brackets, else "label：text" (its error comes when it is
         * read); null for a line with neither label nor period.
         */
        private String[] stageLine(String l, int ln) {
            int colon = labelEnd(l);
            String text = colon > 0 ? l.substring(colon + 1).strip() : "";
            if (colon > 0 && readable(text)) return new String[] {l.substring(0, colon), text, null, String.valueOf(ln)};
            StageLines.Parts parts = StageLines.inBrackets(l, this::readable);
            if (parts == null) parts = StageLines.trailingPeriod(l, this::readable); // Stage 3 - Implementation, September
            if (parts != null) return new String[] {parts.name(), parts.period(), parts.description(), String.valueOf(ln)};
            return colon > 0 ? new String[] {l.substring(0, colon), text, null, String.valueOf(ln)} : null;
        }

        /** The period of a stage named {@code name} after {@code before}, or null after reporting why it has none. */
        private Period stage(String name, String periodText, String description, int ln, List<Stage> before) {
            if (name.isBlank()) {
                ctx.error(ln, "timeline stage has no name");
                return null;
            }
            Period previous = before.isEmpty() ? null : before.get(before.size() - 1).period();
            Period p;
            try {
                // without :plan-year:, once a stage writes its year, a stage whose period states none is the first
                // occurrence that does not end before the stage above starts ("2024—2025学年", then "9月", then "3月")
                if (ctx.planYear == null && previous != null && yearWrittenIn(before)) {
                    p = PeriodParser.parseAfter(periodText, previous, ctx.planDate, conventions(), w -> ctx.warning(ln, w));
                } else {
                    p = PeriodParser.parse(periodText, ctx.planYear, ctx.planDate, conventions(), w -> ctx.warning(ln, w));
                }
            } catch (ModelException ex) {
                ctx.error(ln, ex.getMessage());
                return null;
            } catch (RuntimeException ex) {
                ctx.error(ln, "cannot read period \"" + periodText + "\"");
                return null;
            }
            if (p.end().isBefore(p.start())) {
                ctx.error(ln, "stage \"" + name + "\" ends before it starts: \"" + periodText + "\"");
                return null;
            }
            if (previous != null && p.start().isBefore(previous.start()) && p.end().isBefore(previous.end())) {
                ctx.warning(ln, "stage \"" + name + "\" starts before the stage listed above it");
            }
            if (description == null) return p;
            String note = p.note() == null ? description : p.note() + "; " + description;
            return new Period(p.text(), p.start(), p.end(), p.yearStated(), p.openStart(), p.approximate(), p.tentative(), note);
        }

        /**
         * Whether one of the stages writes its year (2024年3月至4月), not only takes it from the plan's date: a year
         * taken from the date ({@code 期末}) is not carried to the stages after it.
         */
        private boolean yearWrittenIn(List<Stage> stages) {
            for (Stage s : stages) if (writesYear(s.period())) return true;
            return false;
        }

        private boolean writesYear(Period p) {
            if (!p.yearStated()) return false;
            try {
                return PeriodParser.parse(p.text(), null).yearStated();
            } catch (ModelException | RuntimeException e) {
                return false;
            }
        }

        private void pendingTimeline(StructuralNode block, StructuralNode parent, List<Stage> stages, List<Object[]> texts) {
            String id = block.getId() != null ? block.getId() : unique("timeline");
            usedIds.add(id);
            Timeline t = new Timeline(id, List.copyOf(stages));
            ctx.timelines.add(t);
            String caption = block.getTitle() != null ? plain(block.getTitle()) : msg.get("timeline.title");
            pending.add(new Pending(parent, block, null, t, caption, texts));
        }

        /** Replaces the roster and timeline lists once every section id is known. */
        void replaceBlocks() {
            for (Pending p : pending) {
                List<StructuralNode> siblings = p.parent.getBlocks();
                int index = indexOf(siblings, p.block);
                if (index < 0) continue;
                if (p.roster != null) {
                    replace(p.parent, index, pdf ? BodyParts.rosterAsciiDoc(p.roster, p.caption, msg) : null,
                            pdf ? null : BodyParts.rosterHtml(p.roster, p.caption, msg), false);
                } else {
                    Timeline t = resolveAnchors(p.timeline, p.stageTexts);
                    ctx.timelines.set(ctx.timelines.indexOf(p.timeline), t);
                    boolean keep = p.block instanceof org.asciidoctor.ast.Table; // a schedule table stays under its figure
                    if (pdf) {
                        replace(p.parent, index, BodyParts.timelineAsciiDoc(t, p.caption, msg), null, keep);
                    } else {
                        StringBuilder html = new StringBuilder(BodyParts.timelineHtml(t, p.caption, msg));
                        for (Object[] st : p.stageTexts) {
                            ListItem d = (ListItem) st[2];
                            html.append(BodyParts.stageTextStart((String) st[0], (String) st[1]));
                            for (StructuralNode sub : d.getBlocks()) html.append(sub.convert());
                            html.append("</div>");
                        }
                        replace(p.parent, index, null, html.toString(), keep);
                    }
                }
            }
        }

        Timeline resolveAnchors(Timeline t, List<Object[]> texts) {
            List<Stage> out = new ArrayList<>();
            for (Stage s : t.stages()) {
                String anchor = s.anchor();
                if (anchor == null) anchor = matchSection(s.name());
                if (anchor == null) anchor = t.id();
                out.add(new Stage(s.name(), s.period(), anchor));
            }
            return new Timeline(t.id(), List.copyOf(out));
        }

        /** The section titles normalised for {@link #matchSection}, made on first use (stages come after sections). */
        List<String> normTitles;

        /**
         * The section whose title holds the stage's name, else the name's part after its numbering label
         * ({@code 第一阶段：宣传发动阶段}, {@code Phase 1: Preparation}: the section {@code （一）宣传发动阶段}).
         */
        String matchSection(String stageName) {
            String anchor = matchTitle(stageName);
            int colon = Math.max(stageName.lastIndexOf('：'), stageName.lastIndexOf(':'));
            return anchor == null && colon > 0 ? matchTitle(stageName.substring(colon + 1)) : anchor;
        }

        private String matchTitle(String stageName) {
            String n = norm(stageName);
            if (n.isEmpty()) return null;
            if (normTitles == null || normTitles.size() != ctx.sections.size()) {
                normTitles = new ArrayList<>();
                for (org.planpress.model.Section s : ctx.sections) normTitles.add(norm(s.title()));
            }
            for (int i = 0; i < normTitles.size(); i++) {
                if (normTitles.get(i).contains(n)) return ctx.sections.get(i).id();
            }
            return null;
        }

        /** Replaces block {@code index} of {@code parent} by the HTML or AsciiDoc given, or puts it before when {@code keep}. */
        void replace(StructuralNode parent, int index, String asciidoc, String html, boolean keep) {
            List<StructuralNode> siblings = parent.getBlocks();
            if (html != null) {
                StructuralNode block = createBlock(parent, "pass", html);
                if (keep) siblings.add(index, block);
                else siblings.set(index, block);
            } else {
                StructuralNode holder = createBlock(parent, "open", "");
                parseContent(holder, java.util.Arrays.asList(asciidoc.split("\n")));
                if (!keep) siblings.remove(index);
                int at = index;
                for (StructuralNode child : new ArrayList<>(holder.getBlocks())) {
                    siblings.add(at++, child);
                }
            }
        }

        String unique(String base) {
            String c = base;
            int n = 2;
            while (taken(c)) c = base + "-" + n++;
            return c;
        }
    }

    private record Pending(StructuralNode parent, StructuralNode block, Roster roster, Timeline timeline, String caption,
            List<Object[]> stageTexts) {
        Pending(StructuralNode parent, StructuralNode block, Roster roster, Timeline timeline, String caption) {
            this(parent, block, roster, timeline, caption, List.of());
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static int indexOf(List<StructuralNode> list, StructuralNode node) {
        for (int i = 0; i < list.size(); i++) {
            if (same(list.get(i), node)) return i;
        }
        return -1;
    }

    private static boolean same(ContentNode a, ContentNode b) {
        return a == b || a.equals(b);
    }

    static int line(Object node) {
        if (node instanceof StructuralNode n && n.getSourceLocation() != null) return n.getSourceLocation().getLineNumber();
        return 0;
    }

    /** The raw AsciiDoc source of a list item (term or description text). */
    static String source(ListItem item) {
        String s = item.getSource();
        return s == null ? "" : s;
    }

    /** Lower case, every run of characters other than letters and digits (any script) one space, trimmed. */
    static String norm(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                    || Character.getType(cp) == Character.LETTER_NUMBER || Character.getType(cp) == Character.OTHER_NUMBER) {
                if (gap && sb.length() > 0) sb.append(' ');
                gap = false;
                sb.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    /** Heading or term text without inline markup, for the model (templates escape it again). */
    static String plain(String s) {
        if (s == null) return "";
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) return s;
        return org.planpress.html.Html.unescape(TAG.matcher(s).replaceAll(""));
    }
}
