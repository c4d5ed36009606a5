package org.planpress.roster;

import org.planpress.model.RoleTitle;

import org.planpress.model.ModelException;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.RoleKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the people of a roster role as offices write them.
 *
 * <p>The text is cut into items at {@code ;}, {@code ；}, at the line breaks and wide gaps that stand between people
 * ({@link Gaps}), then at {@code 、}, {@code ,} and {@code ，} (never inside parentheses; any other line break is a
 * space); each item is read by {@link PeopleReader}, so one item may still hold several
 * people: Chinese names separated by spaces ({@code 张三  李四}), joined by a conjunction ({@code 张三和李四},
 * {@code Zhang San and Li Si}), or each with a post ({@code 李卫国 副市长}, {@code 副县长王某某},
 * {@code Project Manager Wang Jinxuan}). A person is {@code Name} or {@code Name (Position)}; full-width
 * parentheses work like {@code ()}. Names are kept as written, including middle dots
 * ({@code 库热西·买合苏提}); a Chinese name padded to a width ({@code 刘 洋}) loses its padding. Entries that
 * are not named people ({@code 各部门负责人}, {@code heads of all departments}, a post without a name) are
 * {@linkplain Person#group() groups}. A post after a comma belongs to the person before it
 * ({@code Wang Shubin, Director}), and in English runs to the next person, commas, "and" and brackets included
 * ({@link LatinPosts}: {@code Mr. Paul Nguyen, Head of Estates, Facilities and Safety}). A line saying who the group
 * includes ({@code Members include representatives from ...}) lists the people it names or is one group entry. A separator at the very end, a trailing period and a trailing 等 are
 * tolerated; an empty item anywhere else is an error. A vacancy ({@code Vacant}, {@code 空缺}) is a group entry. A
 * second role label inside the text ({@code 王建国；副组长：李明}) is read by {@link #parseRoles} (as the converter does) and an error elsewhere,
 * and so is a sentence on a line of its own ({@link RoleLines}).
 *
 * <p>Besides: the numbers and bullets of a list on one line separate people ({@code 1.张三 2.李四}); a plural form of
 * address goes to each name ({@code Councillors Smith, Jones and Patel}); personal details ({@code 张三，男，汉族}),
 * contact details after a gap or dash, and a stand-in ({@code Tom Hill or his deputy}) go on the person's position;
 * units listed before 等…负责人 are one group, and so are representatives of bodies that name no one.
 */
public final class RosterParser {

    private RosterParser() {
    }

    /**
     * Parses the people of one role.
     *
     * @param description the role's description, e.g. {@code "Zhang Jianjun (Deputy Director); Hao Xinli"}
     * @return the people in order, at least one
     * @throws ModelException if the description lists no names, has an item with no name or one that cannot
     *     be read, or has unbalanced parentheses; the message quotes the text and says what is expected
     */
    public static List<Person> parsePeople(String description) throws ModelException {
        return people(null, description);
    }

    /**
     * Parses one role: its title without brackets and padding ({@link #roleTitle}), its {@link RoleKind} and its
     * people. Error messages name the role.
     *
     * @param title the role title, e.g. {@code "Deputy team leaders"}, {@code "副组长"} or {@code "组  长"}
     * @param description the people, as for {@link #parsePeople(String)}
     * @throws ModelException as for {@link #parsePeople(String)}
     */
    public static Role parseRole(String title, String description) throws ModelException {
        Objects.requireNonNull(title, "title");
        String t = roleTitle(title);
        return new Role(t, RoleKind.of(t), people(t, description));
    }

    /**
     * A role title as it is shown: without the brackets around it ({@code 【副总指挥】}), a trailing colon, the
     * padding that aligns labels ({@code 组  长}, {@code 成　员}), or the count or order of its people in brackets
     * ({@code 副组长（3人）}, {@code 成员（按姓氏笔画排序）}, {@code Members (12)}).
     */
    public static String roleTitle(String title) {
        return RoleLabel.withoutCount(RoleTitle.normalise(Objects.requireNonNull(title, "title")));
    }

    /**
     * Parses one person, {@code Name}, {@code Name (Position)}, {@code Name Position} or {@code Position Name}.
     *
     * @throws ModelException if the item has no name, unbalanced parentheses, text after the closing
     *     parenthesis, or holds more than one person; the message quotes the item
     */
    public static Person parsePerson(String item) throws ModelException {
        Objects.requireNonNull(item, "item");
        String s = dropTrailingPeriod(item.strip());
        if (!PeopleReader.hasLetterOrDigit(s) && !PeopleReader.hasBlank(s)) {
            throw new ModelException("roster item with no name: " + ModelException.quote(item));
        }
        List<PeopleReader.Read> reads = new PeopleReader("roster item").item(s);
        if (reads.size() != 1) {
            throw new ModelException("roster item " + ModelException.quote(item) + " lists " + reads.size()
                + " people; write one person per list item");
        }
        return reads.get(0).person();
    }

    /**
     * Parses a role's text that may hold further roles, each after a separator with its label and colon
     * ({@code 王建国；副组长：李明}, {@code 王建国　县委书记　　副组长：李明　县长}, {@code Tom Hill; Deputy Leader: Ann Lee}):
     * the role {@code title}, then each role written in the text, in order. The labels are those of
     * {@link RoleLabel#isKnown}; a post ({@code 张三：县长}) starts no role.
     *
     * @throws ModelException as for {@link #parseRole}
     */
    public static List<Role> parseRoles(String title, String description) throws ModelException {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        List<Role> roles = new ArrayList<>();
        for (RoleLines.Part part : RoleLines.roles(RoleTitle.spaces(description))) {
            String t = roleTitle(part.label() == null ? title : part.label());
            roles.add(new Role(t, RoleKind.of(t), people(t, part.text())));
        }
        return List.copyOf(roles);
    }

    private static List<Person> people(String title, String description) throws ModelException {
        Objects.requireNonNull(description, "description");
        String role = title == null ? "roster role" : "roster role " + ModelException.quote(title);
        String spaced = RoleTitle.spaces(description);
        List<RoleLines.Part> roles = RoleLines.roles(spaced);
        if (roles.size() > 1) {
            RoleLines.Part second = roles.get(1);
            throw new ModelException(role + " holds a second role, " + ModelException.quote(second.label() + "：" + second.text())
                + ", in " + ModelException.quote(description.strip()) + "; write each role on a line of its own");
        }
        String sentence = RoleLines.sentence(spaced);
        if (sentence != null) {
            throw new ModelException(role + " has a sentence among its people, " + ModelException.quote(sentence)
                + ": a line without a label continues the role above; write the sentence after the roster, in a paragraph"
                + " of its own", lineOf(spaced, sentence));
        }
        String where = RoleLines.location(spaced);
        if (where != null) {
            throw new ModelException(role + " says where the office is, " + ModelException.quote(where) + ", in "
                + ModelException.quote(description) + ": that is no person; write it after the roster, in a paragraph of its"
                + " own, and the people as 陈刚（办公室主任）", lineOf(spaced, where));
        }
        String text = dropServes(dropTrailingEtc(dropOrderRemark(dropTrailingPeriod(dropRestatedRole(spaced.strip(), title, role)))));
        text = asParentheses(text);
        text = CONCURRENT_PAREN.matcher(text).replaceAll("兼"); // 张三（县长）兼（县委副书记）: 张三（县长兼县委副书记）
        text = PAREN_AFTER_PAREN.matcher(text).replaceAll(m -> m.group().contains("）") ? "，" : ", "); // 张三（县长）（兼）
        text = sharedHonorifics(unnumbered(text));
        if (text.isEmpty()) throw new ModelException(role + " lists no names");
        if (sentBy(text)) return List.of(Person.group(PeopleReader.collapse(text))); // Representatives from: Highways, Planning
        return List.copyOf(readLines(text, title, role, description, spaced));
    }

    /**
     * The people of a role's text: the lines that say who the group includes ({@link #MEMBERSHIP}) each by
     * {@link #included}, the lines between them together as a list. Such a line under a leader's or deputy's role is
     * an error at its line of {@code spaced}, the text as written.
     */
    private static List<Person> readLines(String text, String title, String role, String description, String spaced) throws ModelException {
        List<Person> people = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<String> listed = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            java.util.regex.Matcher m = MEMBERSHIP.matcher(lines[k].strip());
            if (!m.lookingAt()) {
                listed.add(lines[k]);
                continue;
            }
            if (title != null && RoleKind.of(title) != RoleKind.MEMBER) {
                throw new ModelException(role + " has a line about who the group includes, " + ModelException.quote(lines[k])
                    + ", which names no " + title + "; write it under the members' role or after the roster",
                    lineOf(spaced, lines[k].strip()));
            }
            addPeople(people, listed, role, description); // Members include representatives from ...
            people.addAll(included(lines[k].strip().substring(m.end()), role, description));
        }
        addPeople(people, listed, role, description);
        return people;
    }

    /** The line of {@code text} (from 0) that holds {@code part}. */
    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /** Reads the lines listed so far into {@code people} and clears them. */
    private static void addPeople(List<Person> people, List<String> listed, String role, String description) throws ModelException {
        String text = String.join("\n", listed).strip();
        listed.clear();
        if (text.isEmpty()) return;
        for (PeopleReader.Read r : read(text, role, description, true)) people.add(r.person());
    }

    /**
     * The words that start an English line saying who the group includes: "Members include", "The committee also
     * comprises", "including", "made up of", "In attendance:".
     */
    private static final java.util.regex.Pattern MEMBERSHIP = java.util.regex.Pattern.compile(
        "(?i)(?:(?:the\\s+)?(?:members(?:hip)?|group|committee|team|panel|board|it)\\s+(?:will\\s+)?(?:also\\s+)?"
            + "(?:are|includes?|comprises?|consists?\\s+of|is\\s+made\\s+up\\s+of|are\\s+drawn\\s+from)"
            + "|includes?|including|comprising|consisting\\s+of|made\\s+up\\s+of|(?:also\\s+)?(?:attending|in\\s+attendance))"
            + "[:\\s]\\s*");

    /**
     * Who a line that starts with {@link #MEMBERSHIP} says the group includes: the people it names, or, when it names
     * none, one group entry of all it says ("representatives from the NHS Trust, the Fire and Rescue Service and the
     * Police"), not split at its commas.
     */
    private static List<Person> included(String rest, String role, String description) throws ModelException {
        String text = dropTrailingPeriod(rest.strip());
        if (text.isEmpty()) throw new ModelException(role + " lists no names after " + ModelException.quote(description));
        List<Person> people = new ArrayList<>();
        for (PeopleReader.Read r : read(text, role, description, true)) people.add(r.person());
        if (people.stream().allMatch(Person::group)) return List.of(Person.group(PeopleReader.collapse(text)));
        return people;
    }

    /** The people of a text; {@code layout}: whether line breaks and wide gaps may separate them ({@link Gaps}). */
    private static List<PeopleReader.Read> read(String text, String role, String description, boolean layout) throws ModelException {
        List<Item> items = split(text, role, description, layout);
        if (items.size() > 1 && items.get(items.size() - 1).text.isBlank()) items.remove(items.size() - 1); // "A; B;"
        PeopleReader reader = new PeopleReader(role);
        items = LatinPosts.join(items, reader);
        List<PeopleReader.Read> reads = new ArrayList<>();
        for (Item item : items) {
            if (!PeopleReader.hasLetterOrDigit(item.text) && !PeopleReader.hasBlank(item.text)) {
                throw new ModelException(role + " has a roster item with no name in " + ModelException.quote(description));
            }
            PeopleReader.Read last = reads.isEmpty() ? null : reads.get(reads.size() - 1);
            if (item.postBefore != null || item.postAfter != null) { // Mr. Paul Nguyen, Head of Estates, Facilities and Safety
                reads.addAll(LatinPosts.withPosts(reader.item(item.text), item));
                continue;
            }
            String[] contact = splitContact(item.text);
            if (contact != null && contact[0].isEmpty()) { // 张三（县长），电话：13812345678; Jane Smith, tel. 0123 456789
                if (last == null) throw new ModelException(role + " starts with a telephone number or e-mail address, not a name,"
                    + " in " + ModelException.quote(description));
                addContact(last, contact[1]);
                continue;
            }
            if (contact != null) item = new Item(contact[0], item.after);
            java.util.regex.Matcher joined = LEADING_CONJUNCTION.matcher(item.text);
            if (last != null && joined.find() && joined.end() < item.text.length()) { // ，以及各乡镇分管领导; , and Ann Lee
                item = new Item(item.text.substring(joined.end()), item.after);
            }
            if (VACANT.matcher(item.text).matches()) { // Deputy Leader: Vacant; 副组长：空缺
                reads.add(vacancy(item.text));
                continue;
            }
            if (last != null && !last.group && item.after != Item.STRONG && PERSONAL_DETAIL.matcher(item.text.strip()).matches()) {
                addDetail(last, item.text.strip()); // 张三，男，汉族，县委书记
                continue;
            }
            if (last != null && !last.group && item.after == Item.COMMA && PositionWords.isZhDuty(item.text.strip())) {
                addDetail(last, item.text.strip()); // 张三（县长），负责全面工作
                continue;
            }
            List<PeopleReader.Read> standIn = withStandIn(item.text, reader);
            if (standIn != null) { // Tom Hill or his deputy
                reads.addAll(standIn);
                continue;
            }
            if (item.after == Item.COMMA && last != null && !last.group && !last.post && endsName(last, item.text.strip())) {
                last.name = last.name + ", " + item.text.strip(); // Smith, J.; Dr. Emily Carter, PhD
                continue;
            }
            List<PeopleReader.Read> read = reader.item(item.text);
            if (last != null && item.after == Item.COMMA && SENT_FROM_LIST.matcher(item.text.strip()).matches()
                    && read.stream().allMatch(r -> r.group) && singleWord(last)) {
                StringBuilder units = new StringBuilder(); // Finance, HR and Estates representatives: one group
                while (!reads.isEmpty() && singleWord(reads.get(reads.size() - 1))) {
                    units.insert(0, reads.remove(reads.size() - 1).name + ", ");
                }
                reads.add(groupOf(units + PeopleReader.collapse(item.text.strip())));
                continue;
            }
            if (last != null && last.post && item.after == Item.COMMA && read.size() == 1 && read.get(0).group
                    && !PeopleReader.hasHan(last.name + read.get(0).name) && PositionWords.isEnHead(lastWordOf(last.name))
                    && namesAnOrganisation(read.get(0).name)) {
                last.name = last.name + ", " + read.get(0).name; // Principal, Lincoln High School: a post and where it is
                continue;
            }
            if (last != null && last.group && item.after == Item.COMMA && singleWords(read, item.text)) {
                last.name = last.name + ", " + item.text.strip(); // Heads of Maths, English and Science
                continue;
            }
            if (last != null && last.post && item.after == Item.ENUMERATION && !read.isEmpty() && read.get(0).postBefore
                    && !last.parenthesised) {
                read.get(0).position = last.name + "、" + read.get(0).position; // 县委副书记、县长 黄海
                reads.remove(reads.size() - 1);
                last = reads.isEmpty() ? null : reads.get(reads.size() - 1);
            }
            if (last != null && last.group && item.after == Item.COMMA && !read.isEmpty() && read.get(0).group
                    && endsOpen(last.name) && !startsAUnit(read.get(0).name)) {
                read.get(0).name = last.name + ", " + read.get(0).name; // Heads of the Safety, Production and ... Departments
                reads.remove(reads.size() - 1);
                last = reads.isEmpty() ? null : reads.get(reads.size() - 1);
            }
            if (item.after == Item.COMMA && last != null && !last.group && last.position == null && read.size() == 1
                    && !read.get(0).group && read.get(0).position != null && !read.get(0).parenthesised && !read.get(0).postBefore
                    && SINGLE_WORD.matcher(read.get(0).name).matches() && !PeopleReader.allHan(read.get(0).name)) {
                last.position = item.text.strip(); // "Mr. T. Hill, Business Manager": one word before a post is part of it
                continue;
            }
            if (item.after != Item.STRONG && read.size() == 1 && read.get(0).post && last != null && !last.group) {
                if (last.position == null && item.after == Item.COMMA) {
                    last.position = read.get(0).name; // "Wang Shubin, Director"
                    continue;
                }
                if (last.position != null && !last.parenthesised) {
                    String post = read.get(0).name;
                    boolean han = PeopleReader.allHan(post.substring(0, 1)) && PeopleReader.allHan(last.position.substring(0, 1));
                    last.position = last.position + (han ? "、" : ", ") + post; // 张三 县委副书记、县长; Li, Director, Engineer
                    continue;
                }
            }
            if (last != null && last.post && last.group && item.after == Item.COMMA && read.size() == 1 && !read.get(0).group
                    && !read.get(0).post && read.get(0).position == null) {
                read.get(0).position = last.name.replaceFirst("^(?i:the)\\s+", ""); // The Headteacher, Mrs. P. Evans
                read.get(0).postBefore = true;
                reads.remove(reads.size() - 1);
            }
            if (contact != null && !read.isEmpty()) addContact(read.get(read.size() - 1), contact[1]);
            reads.addAll(read);
        }
        return reads;
    }

    /**
     * A number or bullet before a person in a list written on one line: 1.张三, 1、, （1）, ①, 1), (a), a., •. It
     * stands at the start or after a space or separator, and a name follows it (初三(1)班, J. Smith, 0371-1234 hold none).
     */
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
        "(?:^|(?<=[\\s\u3000;；、,，]))(?:\\d{1,2}[.．、)）]|[（(](?:\\d{1,2}|[a-z]|[一二三四五六七八九十]{1,2})[)）]|[a-h][.)](?=\\s)|[\u2460-\u2473]|[•●▪■◆](?=\\s))"
            + "\\s*(?=[\\p{L}（(])");

    /**
     * The text without the numbers or bullets of a list ({@link #NUMBERING}): each starts a person, as a {@code ；} does,
     * where no separator stands before it already ({@code 1.张三 2.李四 3.王五}, {@code (a) Tom Hill; (b) Ann Lee}).
     */
    static String unnumbered(String text) {
        java.util.regex.Matcher m = NUMBERING.matcher(text);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (m.find()) {
            sb.append(text, from, m.start());
            if (!separated(sb)) { // 1.张三 2.李四: the number stands for a separator
                sb.setLength(sb.toString().stripTrailing().length());
                sb.append('；');
            }
            from = m.end();
        }
        return sb.append(text.substring(from)).toString().strip();
    }

    /** Whether the text ends, but for spaces, at its start, a line break or a separator. */
    private static boolean separated(CharSequence text) {
        for (int k = text.length() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || SEPARATORS.indexOf(c) >= 0) return true;
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }

    /**
     * Who is sent, then a colon and the bodies that send them, one line in English: "Representatives from: Highways,
     * Planning, Legal", "A representative of each of the following: the Police, the Fire Service". One group entry.
     */
    private static final java.util.regex.Pattern LIST_OF_UNITS = java.util.regex.Pattern.compile(
        "(?i)(?:an?\\s+|one\\s+|two\\s+)?(?:representatives?|heads?|officers?|nominees?|delegates?|staff)\\s+[a-z ]{0,30}?"
            + "\\b(?:from|of|following)\\s*:\\s*([^\n:;；]+)");

    /** The same without the colon, the sender in the plural: "Representatives of Network Rail, Transport for London and the Police". */
    private static final java.util.regex.Pattern SENT_BY = java.util.regex.Pattern.compile(
        "(?i)(?:representatives|nominees|delegates)\\s+(?:of|from)\\s+([^\n:;；()（）]+)");

    /**
     * Whether the whole text says who is sent by which bodies ({@link #LIST_OF_UNITS}, {@link #SENT_BY}), naming no
     * person among them: one group entry.
     */
    private static boolean sentBy(String text) {
        java.util.regex.Matcher m = LIST_OF_UNITS.matcher(text);
        if (!m.matches()) m = SENT_BY.matcher(text);
        if (!m.matches()) return false;
        for (String body : m.group(1).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*")) {
            if (LatinReader.personName(body.strip())) return false; // Representatives of the Trust, Tom Hill
        }
        return true;
    }

    /** A form of address in the plural before a list of names, and its singular: Councillors, Cllrs, Messrs, Drs. */
    private static final java.util.Map<String, String> PLURAL_HONORIFICS = java.util.Map.of(
        "councillors", "Councillor", "cllrs", "Cllr", "messrs", "Mr", "drs", "Dr", "profs", "Prof", "revs", "Rev");

    /** A plural form of address starting a run of names, up to the next {@code ;}, line break or end. */
    private static final java.util.regex.Pattern PLURAL_HONORIFIC = java.util.regex.Pattern.compile(
        "(?i)(?<=^|[;；\\n]\\s{0,3})(councillors|cllrs|messrs|drs|profs|revs)\\.?\\s+([^;；\\n]+)");

    /** The names after a shared form of address: "Smith", "A. Smith", "O'Brien (Chair)"; an honorific of their own ends the run. */
    private static final java.util.regex.Pattern ADDRESSED_NAME = java.util.regex.Pattern.compile(
        "(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?:\\s*\\([^()]*\\))?");

    /**
     * A form of address in the plural given to each name it stands before, as minutes write it: "Councillors
     * Smith, Jones and Patel" is Councillor Smith, Councillor Jones and Councillor Patel ("Cllrs A. Smith, B. Jones",
     * "Messrs Smith and Jones", "Drs Patel and Khan"). Left as written when anything but names follows it.
     */
    static String sharedHonorifics(String text) {
        java.util.regex.Matcher m = PLURAL_HONORIFIC.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String singular = PLURAL_HONORIFICS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            String[] names = m.group(2).strip().split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+", -1);
            boolean allNames = names.length > 1;
            for (String n : names) allNames &= ADDRESSED_NAME.matcher(n).matches() && !PositionWords.isHonorific(n.split("\\s+")[0]);
            if (!allNames) continue;
            String list = m.group(2);
            StringBuilder out = new StringBuilder();
            java.util.regex.Matcher name = ADDRESSED_NAME.matcher(list);
            int from = 0;
            while (name.find()) { // each name gets the singular; the separators between them stay as written
                out.append(list, from, name.start()).append(singular).append(' ').append(name.group());
                from = name.end();
            }
            out.append(list.substring(from));
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(out.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * What a register says of a person after the name, not a post: sex, nationality, party, year of birth, schooling
     * (男, 女, 汉族, 中共党员, 1972年5月生, 大学学历).
     */
    private static final java.util.regex.Pattern PERSONAL_DETAIL = java.util.regex.Pattern.compile(
        "男|女|\\p{IsHan}{1,4}族|中共(?:预备)?党员|共青团员|群众|无党派人士|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:生|出生)?|\\d{4}\\.\\d{1,2}(?:生)?"
            + "|\\d{1,3}岁|(?:大学|研究生|本科|大专|中专|高中)(?:学历)?|(?:学士|硕士|博士)(?:研究生|学位)?");

    /** Adds a personal detail to a person's position: 张三（男，汉族）. */
    private static void addDetail(PeopleReader.Read r, String detail) {
        r.position = r.position == null ? detail : r.position + "，" + detail;
    }

    /** Who may stand in for a person, after "or": "or his deputy", "or nominated representative", "or a delegate". */
    private static final java.util.regex.Pattern STAND_IN = java.util.regex.Pattern.compile(
        "(?i)\\s+(or\\s+(?:(?:his|her|their|a|an|the)\\s+)?(?:nominated\\s+|named\\s+|authorised\\s+|authorized\\s+)?"
            + "(?:deputy|representative|nominee|substitute|delegate|alternate|designate|proxy)s?)$");

    /**
     * A person and who may stand in for them ({@code Tom Hill or his deputy}): the person, the stand-in part of
     * their position; null when the item has no stand-in or names no person before it ("Head of Legal Services or
     * nominated deputy" stays one post).
     */
    private static List<PeopleReader.Read> withStandIn(String text, PeopleReader reader) {
        java.util.regex.Matcher m = STAND_IN.matcher(text);
        if (!m.find() || m.start() == 0) return null;
        List<PeopleReader.Read> read;
        try {
            read = reader.item(text.substring(0, m.start()));
        } catch (ModelException e) {
            return null;
        }
        PeopleReader.Read r = read.get(read.size() - 1);
        if (r.group || r.post) return null;
        r.position = r.position == null ? m.group(1) : r.position + ", " + m.group(1);
        return read;
    }

    /**
     * Whether an item is no part of a post: contact details, a vacancy, degrees or initials (Smith, J.; Carter, PhD);
     * capitals that are a post's (CEO, COO, GM) are no initials.
     */
    static boolean endsAPost(String text) {
        return splitContact(text) != null || VACANT.matcher(text).matches() || POST_NOMINAL.matcher(undotted(text)).matches()
            || INITIALS.matcher(text).matches() && !PositionWords.isEnPostWord(text.strip());
    }

    /**
     * A post not filled: Vacant, TBD, to be appointed, 空缺, 待定, with a remark in brackets after it or not, or after
     * the post and a spaced dash (Head of HR – vacant).
     */
    private static final java.util.regex.Pattern VACANT = java.util.regex.Pattern.compile(
        "(?i)(?:[^()（）;；]+\\s+[-–—]+\\s+)?[(（]?\\s*(?:vacant|vacancy|tbd|tbc|tba|to be (?:appointed|confirmed|announced|decided|named)|空缺|暂缺|待定|待补|待配备|待任命)"
            + "\\s*[)）]?(?:\\s*[(（][^()（）]*[)）]|\\s+[-–—]+\\s+[^()（）]+)?"); // Vacant (to be appointed), 待定（县长）, Vacant – Finance representative

    /** A vacancy: a role's entry that names no one, shown as written (a group entry, not a person). */
    private static PeopleReader.Read vacancy(String text) {
        return groupOf(text);
    }

    /** A group entry of the text as written. */
    private static PeopleReader.Read groupOf(String text) {
        return new PeopleReader.Read(text.strip(), null, true, false);
    }

    /** The last of a list of bodies and who they send: "HR and Estates representatives", "Police and Fire leads". */
    private static final java.util.regex.Pattern SENT_FROM_LIST = java.util.regex.Pattern.compile(
        "\\S+\\s+(?:and|&)\\s+.+\\s+(?i:representatives|reps|leads|nominees|delegates|officers|managers|heads|staff)");

    /** Whether a read is one word, no position: a body named in a list (Finance, HR), as {@link #SENT_FROM_LIST} ends. */
    private static boolean singleWord(PeopleReader.Read r) {
        return r.position == null && !r.name.isBlank() && !r.name.contains(" ") && !PeopleReader.hasHan(r.name);
    }

    /** Whether an item read as single words only (English, Science), no person's full name: they go on a group's list. */
    private static boolean singleWords(List<PeopleReader.Read> read, String text) {
        if (read.isEmpty() || text.indexOf('(') >= 0 || PeopleReader.hasHan(text)) return false;
        for (PeopleReader.Read r : read) {
            if (r.group || r.position != null || r.name.contains(" ")) return false;
        }
        return true;
    }

    /** One capitalised word: after a comma and before a post it qualifies the post ("Business Manager"), it names no one. */
    private static final java.util.regex.Pattern SINGLE_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}&-]+");

    /** A conjunction that starts an item after a separator: ，以及各乡镇分管领导, "; and Ann Lee", ", as well as the heads". */
    private static final java.util.regex.Pattern LEADING_CONJUNCTION = java.util.regex.Pattern.compile(
        "^(?:以及|还有|(?i:and|as well as|plus|together with)\\s)\\s*"); // not 和, 与, 及: surnames too (和平)

    /** Two parenthesised remarks side by side: （县长）（兼）, (Director) (acting). */
    /** Brackets that some write around a position instead of parentheses: 【县教育局】, 〔县教育局〕, ［Chair］, [Headteacher]. */
    private static final java.util.regex.Pattern OTHER_BRACKETS = java.util.regex.Pattern.compile(
        "【([^【】\\[\\]()（）\n]+)】|〔([^〔〕\\[\\]()（）\n]+)〕|［([^［］\\[\\]()（）\n]+)］|\\[([^\\[\\]()（）\n]+)\\]");

    /** The text with {@link #OTHER_BRACKETS} written as parentheses, full-width for the Chinese ones: 张三（县教育局）, Jane Smith (Headteacher). */
    private static String asParentheses(String text) {
        return OTHER_BRACKETS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            m.group(4) != null ? "(" + m.group(4) + ")" : "（" + (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)) + "）"));
    }

    /** 兼 between two parenthesised posts: the second is held as well as the first. */
    private static final java.util.regex.Pattern CONCURRENT_PAREN = java.util.regex.Pattern.compile("[）)]\\s*兼\\s*[（(]");

    private static final java.util.regex.Pattern PAREN_AFTER_PAREN = java.util.regex.Pattern.compile("[）)]\\s*[（(]");

    private static final String CONTACT_LABEL = "(?:联系电话|办公电话|联系方式|移动电话|电话|手机号码|手机号|手机|座机|传真|电子邮箱|电子邮件|邮箱"
        + "|tel|telephone|phone|mobile|mob|cell|fax|email|e-mail)\\.?\\s*[:：]?\\s*";
    private static final String CONTACT_VALUE = "(?:\\+?[\\d(][\\d\\s()\\-–]{5,}\\d(?:\\s*(?:转|ext\\.?|x)\\s*\\d{1,6})?"
        + "|(?:ext|extn|extension|分机|内线)\\.?\\s*[:：]?\\s*\\d{2,6}" // an extension alone: ext. 1234, 分机8021
        + "|<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?)";
    /** Telephone numbers and e-mail addresses at the end of an item, with their labels: 张三 13812345678, 联系电话：0591-12345678. */
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
        "(?i)(?:^|(?<=[\\s\u3000,，;；）)—–]))((?:" + CONTACT_LABEL + ")?" + CONTACT_VALUE
            + "(?:[\\s\u3000,，/、–—]+(?:" + CONTACT_LABEL + ")?" + CONTACT_VALUE + ")*)\\s*$");

    /** The item without the contact details at its end, and those details; null when it ends with none. */
    private static String[] splitContact(String item) {
        java.util.regex.Matcher m = CONTACT.matcher(item);
        if (!m.find()) return null;
        String contact = m.group(1).strip();
        if (contact.startsWith("<") && contact.endsWith(">")) contact = contact.substring(1, contact.length() - 1);
        String rest = item.substring(0, m.start()).strip();
        // the separator before the details goes with them: "Jane Smith, 0123", "Tom Hill – Site Manager – 07700 900123"
        while (!rest.isEmpty() && ",，;；-–—".indexOf(rest.charAt(rest.length() - 1)) >= 0) rest = rest.substring(0, rest.length() - 1).strip();
        return new String[] {rest, contact};
    }

    /** Adds contact details to a person's position (a group's name): 县长，电话：13812345678; Principal, tel. 0123 456789. */
    private static void addContact(PeopleReader.Read r, String contact) {
        boolean han = PeopleReader.allHan(contact.substring(0, 1)) || r.position != null && PeopleReader.allHan(r.position.substring(0, 1));
        if (r.group) r.name = r.name + (han ? "，" : ", ") + contact;
        else r.position = r.position == null ? contact : r.position + (han ? "，" : ", ") + contact;
    }

    /** Whether text after a comma belongs to the name before it: initials after a surname (Smith, J.), or degrees (PhD). */
    private static boolean endsName(PeopleReader.Read last, String text) {
        if (POST_NOMINAL.matcher(undotted(text)).matches()) return true;
        if (last.position == null && CREDENTIAL.matcher(undotted(text)).matches() && !PositionWords.isEnPostWord(text)) return true; // RN, R.N., BSN
        return INITIALS.matcher(text).matches() && last.position == null && SURNAME.matcher(last.name).matches();
    }

    /** Letters after a name without the periods some write between them: B.Sc. is BSc, R.N. is RN, M.D. is MD. */
    private static String undotted(String text) {
        return text.matches("(?:\\p{L}{1,3}\\.)+\\p{L}{0,3}\\.?(?:[,\\s]+.*)?") ? text.replace(".", "") : text;
    }

    /** Whether English text starts as a unit or post of its own does ("Bureau of Roads", "the Office of Works"). */
    private static boolean startsAUnit(String text) {
        String[] w = text.replaceFirst("(?i)^the\\s+", "").split("\\s+");
        return w.length > 1 && (PositionWords.isEnUnit(w[0]) || PositionWords.isEnHead(w[0])) && PositionWords.isEnOf(w[1]);
    }

    /** Whether English text names a unit or organisation, no post: Lincoln High School, Riverside Hospital (not Bureau of Roads). */
    private static boolean namesAnOrganisation(String text) {
        String w = lastWordOf(text);
        return PositionWords.isEnOrganisation(w) && !PositionWords.isEnHead(w) && !startsAUnit(text);
    }

    private static String lastWordOf(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /** Whether English text ends in a word that cannot end a post ("Heads of the Safety"). */
    private static boolean endsOpen(String text) {
        int space = text.lastIndexOf(' ');
        return space > 0 && PositionWords.isEnOpenModifier(text.substring(space + 1));
    }

    /**
     * One item between separators; {@code after}: the separator before it, {@link #COMMA}, {@link #ENUMERATION} or
     * strong; {@code postBefore}, {@code postAfter}: an English post written around the item's person after commas
     * ({@link LatinPosts}), or null.
     */
    record Item(String text, int after, String postBefore, String postAfter) {
        Item(String text, int after) {
            this(text, after, null, null);
        }

        static final int STRONG = 0;
        static final int COMMA = 1;
        static final int ENUMERATION = 2;
    }

    private static final String SEPARATORS = ";；、,，";
    /** Initials after a surname and a comma, as reference lists write names: J., J.K., J. K. (the last one's period may have gone with the list's). */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.?\\s?){1,3}");
    /** Degrees and honours written after a name and a comma: PhD, MD, MBA, MSc, CEng, RN, OBE, Esq. (and runs of them). */
    private static final java.util.regex.Pattern POST_NOMINAL = java.util.regex.Pattern.compile(
        "(?:(?:Ph\\.?\\s?D|M\\.?D|MBA|MPA|MPH|MSc|MA|BSc|BA|BEd|MEd|BEng|MEng|LLB|LLM|EdD|DPhil|CEng|PEng|P\\.E|RN|RGN|CPA|ACCA|FRCS|MRCP|FRCP"
            + "|OBE|MBE|CBE|BEM|DBE|KBE|KC|QC|JP|DL|Esq|Jr|Sr|II|III)\\.?(?:[,\\s]+|$))+");
    /** Letters after a name in capitals, as credentials are written: RN, BSN, FRICS (a post word such as CEO is a post). */
    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile("\\p{Lu}{2,6}(?:[,\\s]+\\p{Lu}{2,6})*");
    private static final java.util.regex.Pattern SURNAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

    /**
     * Cuts the text into items: at {@code ;} and {@code ；}, then (with {@code layout}) at the gaps of
     * {@link Gaps} that stand between people, then at {@code 、}, {@code ,} and {@code ，}; never inside parentheses.
     * A line break that is no gap is a space: a list wrapped onto the next line goes on.
     */
    private static List<Item> split(String text, String role, String description, boolean layout) throws ModelException {
        checkParentheses(text, role, description);
        List<Item> items = new ArrayList<>();
        for (String part : cut(text, ";；")) {
            for (String piece : layout ? layoutPieces(part, role) : List.of(part)) {
                int start = 0;
                List<Item> pieceItems = new ArrayList<>();
                for (String e : cut(piece, "、,，")) {
                    int after = start == 0 ? Item.STRONG : separatorBefore(piece, start);
                    pieceItems.add(new Item(e.strip(), after));
                    start += e.length() + 1;
                }
                items.addAll(unitsEtc(pieceItems));
            }
        }
        return items;
    }

    /** A unit, then 等 and the kind of units it stands for: 县应急局等部门主要负责同志, 县医院等单位负责人. */
    private static final java.util.regex.Pattern UNIT_ETC = java.util.regex.Pattern.compile(
        "(\\p{IsHan}{2,}?)等(?:部门|单位|成员单位|机构|科室|乡镇|街道|企业|学校|医院|村|社区)\\p{IsHan}*");

    /**
     * The items with a list of units that ends in 等 and what they stand for made one item again
     * ({@code 县交通局、县公安局、县应急局等部门主要负责同志}): the people are those units' heads, one group entry, not
     * the units and a last group. Items that are not all units ({@code 张三、县公安局等部门负责人}) stay apart.
     */
    private static List<Item> unitsEtc(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            java.util.regex.Matcher m = UNIT_ETC.matcher(item.text());
            int from = out.size(); // the first of the units listed before the item, after 、 each
            if (m.matches() && isZhUnitName(m.group(1))) {
                Item next = item;
                while (from > 0 && next.after() == Item.ENUMERATION && isZhUnitName(out.get(from - 1).text())) next = out.get(--from);
            }
            if (from == out.size()) {
                out.add(item);
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (Item unit : out.subList(from, out.size())) joined.append(unit.text()).append('、');
            Item first = out.get(from);
            out.subList(from, out.size()).clear();
            out.add(new Item(joined + item.text(), first.after()));
        }
        return out;
    }

    /** Whether Han text names a unit: 县教育局, 县委办, 县人民医院 (not a person, post or group). */
    private static boolean isZhUnitName(String text) {
        return PeopleReader.allHan(text) && (PositionWords.isZhUnit(text) || PositionWords.endsAsOrganisation(text))
            && !PositionWords.isZhPosition(text);
    }

    private static int separatorBefore(String piece, int at) {
        char c = piece.charAt(at - 1);
        return c == ',' || c == '，' ? Item.COMMA : c == '、' ? Item.ENUMERATION : Item.STRONG;
    }

    private static void checkParentheses(String text, String role, String description) throws ModelException {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && --depth < 0) break;
        }
        if (depth != 0) throw new ModelException(role + " has unbalanced parentheses in " + ModelException.quote(description));
    }

    /** The text cut at any of {@code separators} outside parentheses, unstripped (an empty part stays). */
    private static List<String> cut(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if (c == ')' || c == '）') depth--;
            else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** What the text between two gaps holds: people (or groups), only posts without names, or what cannot be read. */
    private enum Holds { PEOPLE, POSTS, CONTACT, UNREADABLE }

    /** The text between two gaps, what it holds, and whether its first and last entries are people without a post. */
    private record Segment(int start, int end, Holds holds, boolean firstOpen, boolean lastOpen) {
    }

    /**
     * The part cut at the {@link Gaps} that stand between people. Text that holds only posts goes with the people
     * beside it that have none, as one writes them: after the name when the part starts with a name
     * ({@code 张三  县长}), before it when it starts with a post ({@code 县委副书记、县长  黄海}); a post left
     * with no name before it goes with the name after it; text that cannot be read alone stays with its neighbours.
     */
    private static List<String> layoutPieces(String part, String role) {
        List<int[]> gaps = Gaps.find(part);
        if (gaps.isEmpty()) return List.of(part);
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= gaps.size(); k++) {
            int to = k < gaps.size() ? gaps.get(k)[0] : part.length();
            segments.add(segment(part, from, to, role));
            if (k < gaps.size()) from = gaps.get(k)[1];
        }
        int n = segments.size();
        boolean[] cut = new boolean[n - 1]; // cut[k]: between segment k and k + 1
        java.util.Arrays.fill(cut, true);
        for (int k = 1; k < n; k++) { // 张三（县长）　　电话：13800000000: contact details go with the person before them
            if (segments.get(k).holds() == Holds.CONTACT) cut[k - 1] = false;
        }
        for (int k = 0; k < n; k++) {
            if (segments.get(k).holds() != Holds.UNREADABLE) continue;
            if (k > 0) cut[k - 1] = false;
            if (k < n - 1) cut[k] = false;
        }
        Segment first = segments.stream().filter(g -> g.holds() != Holds.UNREADABLE).findFirst().orElse(null);
        boolean postsFirst = first != null && first.holds() == Holds.POSTS;
        if (postsFirst) {
            boolean joins = false;
            for (int k = n - 2; k >= 0; k--) {
                Segment next = segments.get(k + 1);
                joins = segments.get(k).holds() == Holds.POSTS
                    && (next.holds() == Holds.PEOPLE && next.firstOpen() || next.holds() == Holds.POSTS && joins);
                if (joins) cut[k] = false;
            }
        } else {
            boolean joins = false;
            for (int k = 1; k < n; k++) {
                Segment previous = segments.get(k - 1);
                joins = segments.get(k).holds() == Holds.POSTS && !startsLineBeforeName(part, segments, k)
                    && (previous.holds() == Holds.PEOPLE && previous.lastOpen() || previous.holds() == Holds.POSTS && joins);
                if (joins) cut[k - 1] = false;
            }
            for (int k = 0; k < n - 1; k++) { // 张三　县长⏎　　镇长　　司马南: a post left alone goes with the name after it
                boolean alone = segments.get(k).holds() == Holds.POSTS && (k == 0 || cut[k - 1]);
                Segment next = segments.get(k + 1);
                if (alone && next.holds() == Holds.PEOPLE && next.firstOpen()) cut[k] = false;
            }
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            if (!cut[k]) continue;
            pieces.add(part.substring(start, segments.get(k).end()));
            start = segments.get(k + 1).start();
        }
        pieces.add(part.substring(start));
        return pieces;
    }

    /** Whether segment {@code k} is followed on its line by a name without a post. */
    private static boolean nameOnLine(String part, List<Segment> segments, int k) {
        if (k + 1 >= segments.size()) return false;
        Segment next = segments.get(k + 1);
        return next.holds() == Holds.PEOPLE && next.firstOpen() && part.substring(segments.get(k).end(), next.start()).indexOf('\n') < 0;
    }

    /** Whether segment {@code k} starts a line and a name without a post follows it there: 司马南⏎副镇长　　李四. */
    private static boolean startsLineBeforeName(String part, List<Segment> segments, int k) {
        return part.substring(segments.get(k - 1).end(), segments.get(k).start()).indexOf('\n') >= 0 && nameOnLine(part, segments, k);
    }

    private static Segment segment(String part, int from, int to, String role) {
        String text = part.substring(from, to);
        String[] contact = splitContact(text.strip());
        if (contact != null && contact[0].isEmpty()) return new Segment(from, to, Holds.CONTACT, false, false);
        List<PeopleReader.Read> reads;
        try {
            reads = read(text.strip(), role, text, false);
        } catch (ModelException | RuntimeException e) {
            return new Segment(from, to, Holds.UNREADABLE, false, false);
        }
        if (reads.isEmpty()) return new Segment(from, to, Holds.UNREADABLE, false, false);
        boolean posts = reads.stream().allMatch(r -> r.post);
        PeopleReader.Read a = reads.get(0);
        PeopleReader.Read z = reads.get(reads.size() - 1);
        return new Segment(from, to, posts ? Holds.POSTS : Holds.PEOPLE,
            !a.group && a.position == null, !z.group && z.position == null);
    }

    /** The text without the period that ends it, not one that ends a word's abbreviation (Jr., Sr., Esq.). */
    private static String dropTrailingPeriod(String s) {
        if (ABBREVIATED_END.matcher(s).find()) return s; // Mr. John Smith Jr.
        if (s.endsWith(".") || s.endsWith("。")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** A name's end that is written with a period: Jr., Sr., Esq. (a list's period after it goes with it). */
    private static final java.util.regex.Pattern ABBREVIATED_END = java.util.regex.Pattern.compile("(?<=[\\s,])(?:Jr|Sr|Esq)\\.$");

    /** 任组长, 担任副组长 after a name: the role, said again (not 主任, 兼任, 现任 ..., words with 任 in them). */
    private static final java.util.regex.Pattern RESTATED = java.util.regex.Pattern.compile(
        "(?<=\\p{IsHan})(?:同志)?(?:担任|(?<![主责兼担信聘继现曾历专留接就升调])任)(\\p{IsHan}{2,8}?)(?=$|[\\s，,；;、。])");

    /**
     * The text without the role said again after a name ({@code 县长　王五同志任组长} in role 组长); a different
     * role of another rank said there ({@code 王五任副组长} in role 组长) is an error: the person would be listed in
     * the wrong role; one of the same rank ({@code 李四任办公室主任} among members) is the person's post.
     */
    private static String dropRestatedRole(String text, String title, String role) throws ModelException {
        java.util.regex.Matcher m = RESTATED.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String label = m.group(1);
            if (!RoleLabel.isKnown(label) || title != null && !roleTitle(label).equals(title) && RoleKind.of(label) == RoleKind.of(title)) {
                continue; // 李四任办公室主任 among the members: a post, read as one
            }
            if (title != null && !roleTitle(label).equals(title)) {
                throw new ModelException(role + " names another role, " + ModelException.quote(m.group().strip()) + ", in "
                    + ModelException.quote(text) + "; write each role on a line of its own (" + label + "：" + "…)");
            }
            m.appendReplacement(sb, "");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A remark that starts by speaking of the whole list: 以上, 上述, "all", "both", "each of the above". */
    private static final java.util.regex.Pattern WHOLE_LIST = java.util.regex.Pattern.compile("以上|上述|(?:all|both|each)\\s");

    private static final String[] ORDER_REMARKS = {"为序", "排序", "排名", "先后", "笔画", "笔划", "order"};

    /**
     * A closing remark on the order of the list, "（按姓氏笔画排序）", "（排名不分先后）", "(in alphabetical order)", or on
     * all of it, "（以上同志均为县直部门负责人）", "(all Trustees)": not a position of the last person.
     */
    private static String dropOrderRemark(String s) {
        if ((s.startsWith("(") || s.startsWith("（")) && PeopleReader.matchingClose(s, 0) > 0) { // （按姓氏笔画排序）王五、李四
            int close = PeopleReader.matchingClose(s, 0);
            String remark = s.substring(1, close).toLowerCase(java.util.Locale.ROOT);
            for (String r : ORDER_REMARKS) {
                if (remark.contains(r)) return s.substring(close + 1).strip();
            }
        }
        if (!s.endsWith(")") && !s.endsWith("）")) return s;
        int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
        if (open <= 0 || PeopleReader.matchingClose(s, open) != s.length() - 1) return s;
        String remark = s.substring(open + 1, s.length() - 1).toLowerCase(java.util.Locale.ROOT);
        if (WHOLE_LIST.matcher(remark).lookingAt()) return dropTrailingPeriod(s.substring(0, open).strip()); // （以上同志均为…）, (all Trustees)
        for (String r : ORDER_REMARKS) {
            if (remark.contains(r)) return dropTrailingPeriod(s.substring(0, open).strip());
        }
        return s;
    }

    private static final java.util.regex.Pattern SERVES = java.util.regex.Pattern.compile("^(由)?(.{2,}?)(担任|兼任|出任)$");

    /** "由县长担任", "由张三同志兼任", "分管副县长担任" (the leader is the county head): the post or person who serves. */
    private static String dropServes(String s) {
        java.util.regex.Matcher made = MADE_OF.matcher(s);
        if (made.matches()) {
            for (int g = 1; g <= made.groupCount(); g++) if (made.group(g) != null) s = made.group(g).strip();
        }
        java.util.regex.Matcher m = SERVES.matcher(s);
        if (!m.matches() || m.group(1) == null && (!PeopleReader.allHan(m.group(2)) || m.group(2).contains("由"))) return s;
        String who = m.group(2).strip();
        boolean courtesy = who.endsWith("同志") && who.length() > 3 && !who.endsWith("负责同志") && !who.endsWith("领导同志");
        return courtesy ? who.substring(0, who.length() - 2) : who; // 县长张三同志担任 (主要负责同志 担任 is a group's)
    }

    /** The words that say what the role is made of: 由各成员单位分管领导组成, 成员为各科室负责人 (English: {@link #MEMBERSHIP}). */
    private static final java.util.regex.Pattern MADE_OF = java.util.regex.Pattern.compile(
        "^(?:(?:成员|组员|委员|成员单位)?由(.+?)(?:共同)?组成|(?:成员|组员|委员|成员单位)(?:为|是|包括|有)[：:]?(.+))$");

    /** 等 and a count of people at the end of a list: 等5人, 等三名同志, 等 12 位同志. */
    private static final java.util.regex.Pattern ETC_COUNT = java.util.regex.Pattern.compile(
        "(?<=[\\p{IsHan}）)])等\\s*[0-9０-９一二三四五六七八九十两]+\\s*(?:人|名|位)(?:同志)?$");

    /** An ellipsis that ends a list or stands before 等: ……, …, ⋯, ... (the last period may have gone as the list's) */
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("\\s*(?:[…⋯]{1,2}|\\.{2,6})\\s*(?=等|$)");

    /**
     * "张三、李四等", "张三等5人", "Wang, Li etc", "Wang, Li, et al.", "张三、李四……": the list is what is written; an
     * ellipsis before 等 is 等 (县委办、县委组织部……等部门负责人).
     */
    private static String dropTrailingEtc(String s) {
        s = ELLIPSIS.matcher(s).replaceAll("");
        s = ETC_COUNT.matcher(s).replaceFirst("");
        for (String etc : new String[] {"等同志", "等人", "等", "etc", "et al"}) {
            if (s.endsWith(etc) && s.length() > etc.length() + 1) {
                String rest = s.substring(0, s.length() - etc.length()).strip();
                if (!PeopleReader.hasHan(etc)) {
                    if (rest.endsWith(",")) return rest.substring(0, rest.length() - 1).strip();
                    if (Character.isWhitespace(s.charAt(s.length() - etc.length() - 1))) return rest; // "Wang and Li etc", not "Fetc"
                    continue;
                }
                return rest;
            }
        }
        return s;
    }

    /**
     * {@code name} without the forms of address before it: {@code Dr Priya Natarajan} is {@code Priya Natarajan}. The
     * People page files a person named with a title in one plan and without it in another as one, and sorts by it.
     * The name itself (stripped) when it is nothing but forms of address.
     */
    public static String plainName(String name) {
        String[] words = name.strip().split("\\s+");
        int h = 0;
        while (h < words.length - 1 && PositionWords.isHonorific(words[h])) h++;
        return h == 0 ? name.strip() : String.join(" ", java.util.Arrays.copyOfRange(words, h, words.length));
    }
}
