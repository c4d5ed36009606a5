package org.planpress.roster;

import org.planpress.model.ModelException;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.RoleKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leading groups as published plans write them, Chinese (county and township governments, Party committees, schools,
 * hospitals, mines, companies; simplified and traditional characters) and English (councils, NHS trusts, school
 * districts, companies), none of them in the other roster tests. Each line is read as the converter reads a label
 * line: the label up to the first colon, then the people ({@link RosterParser#parseRoles}). A reading is
 * "title(KIND): people", a person "name(position)", a group, post, unit or vacancy "[text]", roles joined by " + ".
 * Each of the first groups is a class of forms the reader misread before (dropped a count into the title, kept 同志 in a
 * dotted name, failed on a blanked-out name or a duty, read Executive's as a name ...), with forms of the class it read
 * right; the last two hold forms it read right already, kept so that it goes on doing so. The units listed before one
 * naming their heads (县委办、政府办、财政局负责同志) keep the reading of {@code RosterParserTest}: an entry each.
 */
class RosterRealFormsTest {

    private static String line(String line) throws ModelException {
        return RosterFieldTest.line(line);
    }

    /** A title's count or order of its people in brackets is not part of it, also for a label inside a line. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `副组长（3人）：李四、王五、赵六` | 副组长(DEPUTY): 李四 / 王五 / 赵六
        `成员（12人）：张三、李四` | 成员(MEMBER): 张三 / 李四
        `成员（按姓氏笔画排序）：王五、李四` | 成员(MEMBER): 王五 / 李四
        `成员（排名不分先后）：王五、李四` | 成员(MEMBER): 王五 / 李四
        `Members (in alphabetical order): Ann Lee, Tom Hill` | Members(MEMBER): Ann Lee / Tom Hill
        `Members (12): Ann Lee, Tom Hill` | Members(MEMBER): Ann Lee / Tom Hill
        `组长：张三；副组长（2人）：李四、王五` | 组长(LEADER): 张三 + 副组长(DEPUTY): 李四 / 王五
        `Chief Executive (Chair): Jane Smith` | Chief Executive (Chair)(LEADER): Jane Smith
        `Senior Responsible Owner (SRO): Mark O'Neil, Chief Operating Officer` | Senior Responsible Owner (SRO)(MEMBER): Mark O'Neil(Chief Operating Officer)
        `Vice-Chair (acting): Tom Hill` | Vice-Chair (acting)(DEPUTY): Tom Hill
        """)
    void titlesLoseTheCountOrOrderOfTheirPeople(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** A name with middle dots and 同志, 女士 or a title of rank after it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：阿卜杜拉·买买提同志（县委副书记、县长）` | 组长(LEADER): 阿卜杜拉·买买提(县委副书记、县长)
        `成员：热合曼·吐尔逊教授、阿依古丽·买买提女士` | 成员(MEMBER): 热合曼·吐尔逊(教授) / 阿依古丽·买买提
        `副组长：副县长阿不都·热合曼同志` | 副组长(DEPUTY): 阿不都·热合曼(副县长)
        `成员：阿卜杜拉·买买提（县民宗局局长）、欧阳建国、司马青` | 成员(MEMBER): 阿卜杜拉·买买提(县民宗局局长) / 欧阳建国 / 司马青
        """)
    void minorityNamesWithAFormOfAddress(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Published plans blank out all but the surname: the name as written, a person (a blank alone stays an error). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：刘XX（党委书记、董事长）` | 组长(LEADER): 刘XX(党委书记、董事长)
        `组长：王××（县委书记）；副组长：李××（县长）` | 组长(LEADER): 王××(县委书记) + 副组长(DEPUTY): 李××(县长)
        `成员：张X、欧阳XX、赵**` | 成员(MEMBER): 张X / 欧阳XX / 赵**
        `成员：县长 刘XX` | 成员(MEMBER): 刘XX(县长)
        `成员：县消防救援大队、县气象局、国网XX县供电公司` | 成员(MEMBER): [县消防救援大队] / [县气象局] / [国网XX县供电公司]
        `成员：中国移动XX分公司、中国电信XX分公司` | 成员(MEMBER): [中国移动XX分公司] / [中国电信XX分公司]
        """)
    void namesWithTheGivenNameBlankedOut(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** What a person does in the group, after the name, is part of the position. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：张三（县委副书记、县长），负责全面工作` | 组长(LEADER): 张三(县委副书记、县长，负责全面工作)
        `副组长：李四（常务副县长），协助组长工作；王五（副县长），分管教育工作` | 副组长(DEPUTY): 李四(常务副县长，协助组长工作) / 王五(副县长，分管教育工作)
        `组长：张三，主持全面工作` | 组长(LEADER): 张三(主持全面工作)
        `组长：张三（县长）负责全面工作` | 组长(LEADER): 张三(县长，负责全面工作)
        `组长：张三\\u3000县长\\u3000负责全面工作` | 组长(LEADER): 张三(县长，负责全面工作)
        `成员：李四（副县长）　协助组长工作　王五（副县长）` | 成员(MEMBER): 李四(副县长，协助组长工作) / 王五(副县长)
        `成员：张三，分管副县长` | 成员(MEMBER): 张三(分管副县长)
        """)
    void aPersonsDutyGoesOnThePosition(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** A closing remark on all the people is no position of the last one. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `成员：张三、李四、王五（以上同志均为县直部门负责人）` | 成员(MEMBER): 张三 / 李四 / 王五
        `Members: Tom Hill, Ann Lee, Bob Smith and Jo Bloggs (all Trustees)` | Members(MEMBER): Tom Hill / Ann Lee / Bob Smith / Jo Bloggs
        `成员：张三 李四 王五 赵六（按姓氏笔画排序）` | 成员(MEMBER): 张三 / 李四 / 王五 / 赵六
        """)
    void remarksOnTheWholeListAreNoPosition(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Units side by side, in quotes, listed before heads; the established readings of unit lists. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `成员：县教育局　县公安局　县财政局` | 成员(MEMBER): [县教育局] / [县公安局] / [县财政局]
        `成员：县直各部门“一把手”` | 成员(MEMBER): [县直各部门“一把手”]
        `成员：各“两新”组织党组织书记` | 成员(MEMBER): [各“两新”组织党组织书记]
        `成员：张三（“两新”组织党委书记）` | 成员(MEMBER): 张三(“两新”组织党委书记)
        `成员：县委办、政府办、财政局负责同志` | 成员(MEMBER): [县委办] / [政府办] / [财政局负责同志]
        `成员：医务科、护理部、院感科、药剂科负责人` | 成员(MEMBER): [医务科] / [护理部] / [院感科] / [药剂科负责人]
        `成员：县委办、县政府办分管副主任` | 成员(MEMBER): [县委办] / [县政府办分管副主任]
        `成员：由县教育局、县卫健委、县市场监管局分管负责同志组成` | 成员(MEMBER): [县教育局] / [县卫健委] / [县市场监管局分管负责同志]
        `成员单位：县教育局、县公安局、县财政局、县卫健委、县应急局、县市场监管局` | 成员单位(MEMBER): [县教育局] / [县公安局] / [县财政局] / [县卫健委] / [县应急局] / [县市场监管局]
        `成员：县住房和城乡建设局、县自然资源和规划局、县文化和旅游局` | 成员(MEMBER): [县住房和城乡建设局] / [县自然资源和规划局] / [县文化和旅游局]
        `成员：县委办公室、县人民政府办公室` | 成员(MEMBER): [县委办公室] / [县人民政府办公室]
        `成员：各乡镇人民政府、县直各有关单位` | 成员(MEMBER): [各乡镇人民政府] / [县直各有关单位]
        `成员：县直有关部门主要负责人，各乡镇（街道）党（工）委书记` | 成员(MEMBER): [县直有关部门主要负责人] / [各乡镇（街道）党（工）委书记]
        `成员：党政办、财政所、派出所、司法所、卫生院负责人` | 成员(MEMBER): [党政办] / [财政所] / [派出所] / [司法所] / [卫生院负责人]
        """)
    void unitsAndGroupsAsOfficesWriteThem(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** A roster in traditional characters is read by the same rules and shown as written. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `召集人：陳大文先生（保安局局長）` | 召集人(LEADER): 陳大文(保安局局長)
        `副召集人：李小明（副局長）、黃美玲（處長）` | 副召集人(DEPUTY): 李小明(副局長) / 黃美玲(處長)
        `委員：王五、趙六、錢七` | 委員(MEMBER): 王五 / 趙六 / 錢七
        `成員：局長 張三、副局長 李四` | 成員(MEMBER): 張三(局長) / 李四(副局長)
        `組長：縣長張三` | 組長(LEADER): 張三(縣長)
        `成員：各科室負責人` | 成員(MEMBER): [各科室負責人]
        `成員：教育局、衛生局、警察局` | 成員(MEMBER): [教育局] / [衛生局] / [警察局]
        `成員：張三 校長` | 成員(MEMBER): 張三(校長)
        `組長：縣長 張三同志；副組長：副縣長 劉強` | 組長(LEADER): 張三(縣長) + 副組長(DEPUTY): 劉強(副縣長)
        `成員：縣政府辦公室、縣教育局、縣衛生局` | 成員(MEMBER): [縣政府辦公室] / [縣教育局] / [縣衛生局]
        `總指揮：董事長 陳建華` | 總指揮(LEADER): 陳建華(董事長)
        `組長：張三（縣長）` | 組長(LEADER): 張三(縣長)
        `成員：李四、王五` | 成員(MEMBER): 李四 / 王五
        `成員：縣長 張三` | 成員(MEMBER): 張三(縣長)
        """)
    void traditionalCharacters(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Units named after their head, a post and where it is, a body and its member, a post with a remark. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Secretariat: Policy Team, Chief Executive's Office` | Secretariat(MEMBER): [Policy Team] / [Chief Executive's Office]
        `Members: Jane Smith (Leader's Office); the Mayor's Office` | Members(MEMBER): Jane Smith(Leader's Office) / [the Mayor's Office]
        `Members: Principal, Lincoln High School; Principal, Washington Middle School` | Members(MEMBER): [Principal, Lincoln High School] / [Principal, Washington Middle School]
        `Members: Head of Nursing, Riverside Hospital; Tom Hill` | Members(MEMBER): [Head of Nursing, Riverside Hospital] / Tom Hill
        `Members: Acme Ltd (Jane Smith)` | Members(MEMBER): Jane Smith(Acme Ltd)
        `Incident Commander: Duty Manager on call` | Incident Commander(LEADER): [Duty Manager on call]
        `Members: Site Manager on duty` | Members(MEMBER): [Site Manager on duty]
        `Members: Nurse in charge; Tom Hill` | Members(MEMBER): [Nurse in charge] / Tom Hill
        `Programme Board members: Finance Director; HR Director; Head of Estates` | Programme Board members(MEMBER): [Finance Director] / [HR Director] / [Head of Estates]
        `Members: Director of Adult Social Services (DASS)` | Members(MEMBER): [Director of Adult Social Services (DASS)]
        """)
    void englishUnitsAndPostsWithoutAName(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Posts after commas and before names, capitals of a post, peers, Jr., contact details. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Executive Sponsor – Mark O'Neil, COO` | Members(MEMBER): Mark O'Neil(Executive Sponsor, COO)
        `Chair: Jane Smith (Chief Executive), CEO` | Chair(LEADER): Jane Smith(Chief Executive, CEO)
        `Members: Mark O'Neil, COO, and Jane Smith, CFO` | Members(MEMBER): Mark O'Neil(COO) / Jane Smith(CFO)
        `Members: Tom Hill, Finance; Ann Lee, HR; Bob Smith, Estates` | Members(MEMBER): Tom Hill(Finance) / Ann Lee(HR) / Bob Smith(Estates)
        `Board liaison: Trustee Maria Lopez` | Board liaison(MEMBER): Maria Lopez(Trustee)
        `Members: Dr Raj Patel, GP, Riverside Surgery` | Members(MEMBER): Dr Raj Patel(GP, Riverside Surgery)
        `Members: Baroness Smith of Leigh` | Members(MEMBER): Baroness Smith of Leigh
        `Members: Lord Patel of Bradford` | Members(MEMBER): Lord Patel of Bradford
        `Members: Mr. John Smith Jr.` | Members(MEMBER): Mr. John Smith Jr.
        `Members: Rev. Dr. Martin Luther King Jr.` | Members(MEMBER): Rev. Dr. Martin Luther King Jr.
        `Members: Robert Smith Jr., Head of Facilities` | Members(MEMBER): Robert Smith Jr.(Head of Facilities)
        `Members: John D. Rockefeller III (Trustee)` | Members(MEMBER): John D. Rockefeller III(Trustee)
        `Members: Martin Luther King III; Henry Ford II` | Members(MEMBER): Martin Luther King III / Henry Ford II
        `Members: Jane Smith, Head of HR, ext. 1234` | Members(MEMBER): Jane Smith(Head of HR, ext. 1234)
        `成员：张三（县教育局局长，分机8021）` | 成员(MEMBER): 张三(县教育局局长，分机8021)
        `Members: Jane Smith <jane.smith@nhs.net>` | Members(MEMBER): Jane Smith(jane.smith@nhs.net)
        `Members: Jane Smith (jane.smith@nhs.net); Tom Hill (01234 567890)` | Members(MEMBER): Jane Smith(jane.smith@nhs.net) / Tom Hill(01234 567890)
        `Chair: Jane Smith (Chief Executive) – jane.smith@trust.nhs.uk – 01234 567890` | Chair(LEADER): Jane Smith(Chief Executive, jane.smith@trust.nhs.uk – 01234 567890)
        `Co-chairs: Dr Jane Smith (Medical Director) and Cllr Tom Hill (Cabinet Member for Health)` | Co-chairs(LEADER): Dr Jane Smith(Medical Director) / Cllr Tom Hill(Cabinet Member for Health)
        `Joint Chairs: Dr Ann Lee and Cllr Tom Hill` | Joint Chairs(LEADER): Dr Ann Lee / Cllr Tom Hill
        `Vice-Chairs: Cllr Tom Hill (Deputy Leader); Cllr Ann Lee (Cabinet Member for Health)` | Vice-Chairs(DEPUTY): Cllr Tom Hill(Deputy Leader) / Cllr Ann Lee(Cabinet Member for Health)
        `Chair: Prof. Dr. Hans Müller` | Chair(LEADER): Prof. Dr. Hans Müller
        `Chair: The Rt Hon Jane Smith MP` | Chair(LEADER): The Rt Hon Jane Smith MP
        `Members: Jane Smith OBE, Tom Hill MBE` | Members(MEMBER): Jane Smith OBE / Tom Hill MBE
        `Members: Sarah Jones RN, Matron` | Members(MEMBER): Sarah Jones RN(Matron)
        `Vice-Chair: Dr. Mary O'Connor-Smith, DNP, RN` | Vice-Chair(DEPUTY): Dr. Mary O'Connor-Smith, DNP, RN
        `Members: Dr. Maria Garcia, Ed.D., Assistant Superintendent` | Members(MEMBER): Dr. Maria Garcia, Ed.D.(Assistant Superintendent)
        `Members: Mary Smith-Jones; Seán O'Brien; Ann-Marie D'Arcy` | Members(MEMBER): Mary Smith-Jones / Seán O'Brien / Ann-Marie D'Arcy
        `Members: Ms Siobhán Ní Dhomhnaill; Mr Seán Ó Briain` | Members(MEMBER): Ms Siobhán Ní Dhomhnaill / Mr Seán Ó Briain
        `Members: Ms J. Smith; Mr T. Hill` | Members(MEMBER): Ms J. Smith / Mr T. Hill
        `Members: Mrs J Smith, Mr T Hill` | Members(MEMBER): Mrs J Smith / Mr T Hill
        `Members: J Smith (Chair), T Hill, A Lee` | Members(MEMBER): J Smith(Chair) / T Hill / A Lee
        """)
    void englishNamesAndPosts(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** A post not filled is a group entry as written, whatever it is written after. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Head of HR – vacant` | Members(MEMBER): [Head of HR – vacant]
        `Members: Tom Hill; Head of Legal – TBC` | Members(MEMBER): Tom Hill / [Head of Legal – TBC]
        `Members: Director of Finance (TBC); Head of IT (vacant)` | Members(MEMBER): [Director of Finance (TBC)] / [Head of IT (vacant)]
        `Members: Head of Service (vacant)` | Members(MEMBER): [Head of Service (vacant)]
        `Deputy Chair: TBC` | Deputy Chair(DEPUTY): [TBC]
        `Clerk: to be appointed` | Clerk(MEMBER): [to be appointed]
        `Deputy Chair: Vacant (recruitment under way)` | Deputy Chair(DEPUTY): [Vacant (recruitment under way)]
        `Members: Finance Business Partner (TBC)` | Members(MEMBER): [Finance Business Partner (TBC)]
        `Members: two parent governors (to be elected)` | Members(MEMBER): [two parent governors (to be elected)]
        `Deputy SRO: TBC` | Deputy SRO(DEPUTY): [TBC]
        `Members: Director of Finance (to be appointed)` | Members(MEMBER): [Director of Finance (to be appointed)]
        """)
    void vacanciesAndPostsToBeFilled(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Bodies listed before the people they send are one group entry. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Finance, HR and Estates representatives` | Members(MEMBER): [Finance, HR and Estates representatives]
        `Members: Tom Hill (Chair); Police, Fire and Ambulance representatives` | Members(MEMBER): Tom Hill(Chair) / [Police, Fire and Ambulance representatives]
        `Members: representatives from Finance, HR and Estates` | Members(MEMBER): [representatives from Finance, HR and Estates]
        `Members: Tom Hill\\nMembers include representatives from Finance, HR and Estates` | Members(MEMBER): Tom Hill / [representatives from Finance, HR and Estates]
        `Members: Jane Smith (Finance); Tom Hill (HR); plus representatives from Estates and IT` | Members(MEMBER): Jane Smith(Finance) / Tom Hill(HR) / [representatives from Estates and IT]
        `Members: one representative from each of Finance, HR and Estates` | Members(MEMBER): [one representative from each of Finance, HR and Estates]
        """)
    void bodiesAndWhoTheySend(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** County, township, school, hospital, mine and company rosters: roles, kinds, names, positions and groups. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：由县长张三同志担任` | 组长(LEADER): 张三(县长)
        `办公室主任：由县应急局局长张三同志兼任` | 办公室主任(MEMBER): 张三(县应急局局长)
        `办公室主任：由县应急局局长兼任` | 办公室主任(MEMBER): [县应急局局长]
        `办公室主任：张三同志兼任` | 办公室主任(MEMBER): 张三
        `组长：张三\\u3000县委书记（2024年5月起）` | 组长(LEADER): 张三(县委书记（2024年5月起）)
        `组长：张三，县委副书记、县长` | 组长(LEADER): 张三(县委副书记、县长)
        `副组长：李四，县委常委、常务副县长；王五，副县长` | 副组长(DEPUTY): 李四(县委常委、常务副县长) / 王五(副县长)
        `成员：县委宣传部部长 赵六，县教育局局长 钱七` | 成员(MEMBER): 赵六(县委宣传部部长) / 钱七(县教育局局长)
        `组长：张三书记` | 组长(LEADER): 张三(书记)
        `组长：校长 张三` | 组长(LEADER): 张三(校长)
        `成员：各年级组长、各班班主任` | 成员(MEMBER): [各年级组长] / [各班班主任]
        `组长：党委书记、院长 张三` | 组长(LEADER): 张三(党委书记、院长)
        `总指挥：张三（公司董事长）` | 总指挥(LEADER): 张三(公司董事长)
        `副总指挥：李四（公司总经理）、王五（公司党委副书记）` | 副总指挥(DEPUTY): 李四(公司总经理) / 王五(公司党委副书记)
        `成员：张三同志、李四同志` | 成员(MEMBER): 张三 / 李四
        `组长：张三（县委书记）、李四（县长）（双组长）` | 组长(LEADER): 张三(县委书记) / 李四(县长，双组长)
        `成员：县教育局局长、县公安局局长、县财政局局长` | 成员(MEMBER): [县教育局局长] / [县公安局局长] / [县财政局局长]
        `秘书长：王五（县政府办主任）` | 秘书长(MEMBER): 王五(县政府办主任)
        `办公室副主任：李四、王五` | 办公室副主任(MEMBER): 李四 / 王五
        `组长：张三（县长），副组长：李四` | 组长(LEADER): 张三(县长) + 副组长(DEPUTY): 李四
        `组长：张三，副组长：李四、王五` | 组长(LEADER): 张三 + 副组长(DEPUTY): 李四 / 王五
        `成员：县纪委监委、县委组织部、县委宣传部、县发改局、县教育局` | 成员(MEMBER): [县纪委监委] / [县委组织部] / [县委宣传部] / [县发改局] / [县教育局]
        `成员：赵六 钱七 孙八` | 成员(MEMBER): 赵六 / 钱七 / 孙八
        `成员：王小明（学生处处长）、李华（教务处处长）、赵敏（团委书记）` | 成员(MEMBER): 王小明(学生处处长) / 李华(教务处处长) / 赵敏(团委书记)
        `成员：各部门负责人及安全员` | 成员(MEMBER): [各部门负责人及安全员]
        `成员：张三（县委常委、宣传部部长）、李四（副县长，公安局局长）` | 成员(MEMBER): 张三(县委常委、宣传部部长) / 李四(副县长，公安局局长)
        `成员：乡镇长` | 成员(MEMBER): [乡镇长]
        `组长：张三 县委书记 13800000000` | 组长(LEADER): 张三(县委书记，13800000000)
        `成员：张三（县教育局局长）\\n      李四（县公安局局长）` | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局局长)
        `组长：张\\u3000三\\u3000县委书记` | 组长(LEADER): 张三(县委书记)
        `组长：张三同志 县委书记` | 组长(LEADER): 张三(县委书记)
        `成员：王五（县委办副主任）、赵六（县政府办副主任）、各乡镇分管负责同志` | 成员(MEMBER): 王五(县委办副主任) / 赵六(县政府办副主任) / [各乡镇分管负责同志]
        `成员：各成员单位分管领导` | 成员(MEMBER): [各成员单位分管领导]
        `成员：县委办、县政府办、县财政局负责同志` | 成员(MEMBER): [县委办] / [县政府办] / [县财政局负责同志]
        `副组长：副县长 李四（分管教育）` | 副组长(DEPUTY): 李四(副县长（分管教育）)
        `组长：张三（镇党委书记） 副组长：李四（镇长）` | 组长(LEADER): 张三(镇党委书记) + 副组长(DEPUTY): 李四(镇长)
        `组员：各村党支部书记、村委会主任` | 组员(MEMBER): [各村党支部书记] / [村委会主任]
        `组长：矿长` | 组长(LEADER): [矿长]
        `成员：安全副矿长、生产副矿长、机电副矿长、总工程师` | 成员(MEMBER): [安全副矿长] / [生产副矿长] / [机电副矿长] / [总工程师]
        `成员：县教育局局长张三、县公安局局长李四` | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局局长)
        `成员：张三（县教育局党组书记、局长）、李四（县公安局党委书记、局长）` | 成员(MEMBER): 张三(县教育局党组书记、局长) / 李四(县公安局党委书记、局长)
        `成员：县发展和改革局局长　赵六` | 成员(MEMBER): 赵六(县发展和改革局局长)
        `成员：县人力资源和社会保障局局长 钱七、县卫生健康委员会主任 孙八` | 成员(MEMBER): 钱七(县人力资源和社会保障局局长) / 孙八(县卫生健康委员会主任)
        `成员：镇党委委员、副镇长 王五` | 成员(MEMBER): 王五(镇党委委员、副镇长)
        `成员：县人武部政委 赵六` | 成员(MEMBER): 赵六(县人武部政委)
        `组长：张三（公司党委书记、董事长）` | 组长(LEADER): 张三(公司党委书记、董事长)
        `组长：校长 李明；副组长：副校长 王芳、教导主任 刘强` | 组长(LEADER): 李明(校长) + 副组长(DEPUTY): 王芳(副校长) / 刘强(教导主任)
        `成员：各班班主任、全体任课教师` | 成员(MEMBER): [各班班主任] / [全体任课教师]
        `成员：张三（女，县妇联主席）` | 成员(MEMBER): 张三(女，县妇联主席)
        `成员：李四（挂职副县长）` | 成员(MEMBER): 李四(挂职副县长)
        `成员：张三（县应急局局长）\\u3000\\u3000李四（县消防救援大队大队长）` | 成员(MEMBER): 张三(县应急局局长) / 李四(县消防救援大队大队长)
        `成员：县医院院长、县中医院院长、县妇幼保健院院长` | 成员(MEMBER): [县医院院长] / [县中医院院长] / [县妇幼保健院院长]
        `副组长：业务副院长 李四` | 副组长(DEPUTY): 李四(业务副院长)
        `成员：医务科科长 王五、护理部主任 赵六、院感科科长 钱七` | 成员(MEMBER): 王五(医务科科长) / 赵六(护理部主任) / 钱七(院感科科长)
        `组长：书记 张三` | 组长(LEADER): 张三(书记)
        `成员：王小二（村支书）、李大（村主任）` | 成员(MEMBER): 王小二(村支书) / 李大(村主任)
        `顾问：张三（县人大常委会原主任）` | 顾问(MEMBER): 张三(县人大常委会原主任)
        `联络员：张三（县委办）、李四（县政府办）` | 联络员(MEMBER): 张三(县委办) / 李四(县政府办)
        `成员：县委办、县政府办各1名分管负责同志` | 成员(MEMBER): [县委办] / [县政府办各1名分管负责同志]
        `常务副组长：李四（县委副书记）` | 常务副组长(DEPUTY): 李四(县委副书记)
        `执行组长：王五（副县长）` | 执行组长(LEADER): 王五(副县长)
        `副组长：王五（县委常委、县委办主任）　赵六（副县长、县公安局局长）` | 副组长(DEPUTY): 王五(县委常委、县委办主任) / 赵六(副县长、县公安局局长)
        `成员：张三，县教育局局长；李四，县公安局副局长` | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局副局长)
        `办公室主任：李四（县应急局局长，兼）` | 办公室主任(MEMBER): 李四(县应急局局长，兼)
        `成员：县教育局副局长　王五（兼办公室副主任）` | 成员(MEMBER): 王五(县教育局副局长（兼办公室副主任）)
        `成员：县委宣传部、县委网信办、县融媒体中心` | 成员(MEMBER): [县委宣传部] / [县委网信办] / [县融媒体中心]
        `组　长：县委书记` | 组长(LEADER): [县委书记]
        `成员：张三（县委常委、政法委书记，县公安局党委书记）` | 成员(MEMBER): 张三(县委常委、政法委书记，县公安局党委书记)
        `组长：张三\\u3000\\u3000\\u3000副组长：李四\\u3000王五` | 组长(LEADER): 张三 + 副组长(DEPUTY): 李四 / 王五
        `副组长：李四　王五　赵六` | 副组长(DEPUTY): 李四 / 王五 / 赵六
        `成员：张三 县教育局局长 李四 县公安局局长` | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局局长)
        `组长：张三（兼）` | 组长(LEADER): 张三(兼)
        `副组长：李四（正科级）` | 副组长(DEPUTY): 李四(正科级)
        `成员：各乡镇长、各村支书` | 成员(MEMBER): [各乡镇长] / [各村支书]
        `成员：张三（县委常委、宣传部部长）；\\n李四（副县长）。` | 成员(MEMBER): 张三(县委常委、宣传部部长) / 李四(副县长)
        `组长：张三。` | 组长(LEADER): 张三
        `成员：张三、李四、王五，` | 成员(MEMBER): 张三 / 李四 / 王五
        `成员：张三、李四、王五；` | 成员(MEMBER): 张三 / 李四 / 王五
        `成员：张三 (县长)` | 成员(MEMBER): 张三(县长)
        `成员：张三(县长),李四(副县长)` | 成员(MEMBER): 张三(县长) / 李四(副县长)
        `组长:张三` | 组长(LEADER): 张三
        `组长：张三（县委副书记、县长）\\n副组长：李四（县委常委、常务副县长）\\n\\u3000\\u3000\\u3000\\u3000\\u3000王五（副县长）` | 组长(LEADER): 张三(县委副书记、县长) + 副组长(DEPUTY): 李四(县委常委、常务副县长) / 王五(副县长)
        `成员：县委组织部副部长、县人社局局长 赵六` | 成员(MEMBER): 赵六(县委组织部副部长、县人社局局长)
        `成员：县公安局党委委员、副局长 刘七` | 成员(MEMBER): 刘七(县公安局党委委员、副局长)
        """)
    void chineseLeadingGroupsAsPublished(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Council, NHS, school district and company rosters: roles, kinds, names, positions and groups. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Project Sponsor: Dr Jane Smith, Director of Public Health` | Project Sponsor(MEMBER): Dr Jane Smith(Director of Public Health)
        `Members: Dr Ann Lee PhD` | Members(MEMBER): Dr Ann Lee PhD
        `Members: J. Smith; T. Hill` | Members(MEMBER): J. Smith / T. Hill
        `Lead officer: Jane Smith, Head of Planning` | Lead officer(LEADER): Jane Smith(Head of Planning)
        `Members: Mr. Robert Brown, Jr., Superintendent` | Members(MEMBER): Mr. Robert Brown, Jr.(Superintendent)
        `Members: Jane Smith, Director of Finance (Section 151 Officer)` | Members(MEMBER): Jane Smith(Director of Finance (Section 151 Officer))
        `Vice Chair: Cllr Ann Lee` | Vice Chair(DEPUTY): Cllr Ann Lee
        `Deputy SRO: Tom Hill` | Deputy SRO(DEPUTY): Tom Hill
        `Board Members: Tom Hill, Ann Lee, Bob Smith` | Board Members(MEMBER): Tom Hill / Ann Lee / Bob Smith
        `Chair: Cllr J. Smith` | Chair(LEADER): Cllr J. Smith
        `Members: Ann O'Neil-Smith, Director of Nursing & Quality` | Members(MEMBER): Ann O'Neil-Smith(Director of Nursing & Quality)
        `Members: Dr Priya Natarajan FRCP, Consultant` | Members(MEMBER): Dr Priya Natarajan FRCP(Consultant)
        `Chairperson: Mrs. Linda Ochoa, Board President` | Chairperson(LEADER): Mrs. Linda Ochoa(Board President)
        `Members: Jane Smith, Principal, Lincoln Elementary School` | Members(MEMBER): Jane Smith(Principal, Lincoln Elementary School)
        `Members: Tom Hill (Interim Director of Finance), Ann Lee (Acting Head of HR)` | Members(MEMBER): Tom Hill(Interim Director of Finance) / Ann Lee(Acting Head of HR)
        `Members: Jane Smith, MBA, CPA, CFO` | Members(MEMBER): Jane Smith, MBA, CPA(CFO)
        `Group leader: Dr Jane Smith, Director of Public Health` | Group leader(LEADER): Dr Jane Smith(Director of Public Health)
        `Members: Tom Hill (Finance) and Ann Lee (HR)` | Members(MEMBER): Tom Hill(Finance) / Ann Lee(HR)
        `Executive Sponsor: Mark O'Neil, COO` | Executive Sponsor(MEMBER): Mark O'Neil(COO)
        `Members: Dr. Robert Jones Sr. (Chief Medical Officer)` | Members(MEMBER): Dr. Robert Jones Sr.(Chief Medical Officer)
        `Members: Sgt. Mike Ross, Ofc. Dana Lee` | Members(MEMBER): Sgt. Mike Ross / Ofc. Dana Lee
        `Secretary: Ms K. O'Hara (Clerk to the Board)` | Secretary(MEMBER): Ms K. O'Hara(Clerk to the Board)
        `Members: Dr J. Smith, Consultant Microbiologist; Ms A. Brown, Infection Control Nurse` | Members(MEMBER): Dr J. Smith(Consultant Microbiologist) / Ms A. Brown(Infection Control Nurse)
        `Chair: Superintendent Dr. Karen Walsh` | Chair(LEADER): Dr. Karen Walsh(Superintendent)
        `Members: Tom Hill, Head of HR (interim)` | Members(MEMBER): Tom Hill(Head of HR (interim))
        `Members: Tom Hill and Ann Lee` | Members(MEMBER): Tom Hill / Ann Lee
        `Chair: Jane Smith; Deputy: Tom Hill` | Chair(LEADER): Jane Smith + Deputy(DEPUTY): Tom Hill
        `Chair: Councillor Jane Smith, Cabinet Member for Adult Social Care` | Chair(LEADER): Councillor Jane Smith(Cabinet Member for Adult Social Care)
        `Members: Jane Smith, Director of Public Health (DPH); Tom Hill, Director of Children's Services (DCS)` | Members(MEMBER): Jane Smith(Director of Public Health (DPH)) / Tom Hill(Director of Children's Services (DCS))
        `SRO: Jane Smith, Chief Operating Officer` | SRO(MEMBER): Jane Smith(Chief Operating Officer)
        `Project Manager: Tom Hill (interim)` | Project Manager(MEMBER): Tom Hill(interim)
        `Clinical Lead: Dr Ann Lee, Consultant Cardiologist` | Clinical Lead(LEADER): Dr Ann Lee(Consultant Cardiologist)
        `Members: Superintendent Dr. Karen Walsh; Assistant Superintendent Mark Diaz` | Members(MEMBER): Dr. Karen Walsh(Superintendent) / Mark Diaz(Assistant Superintendent)
        `Members: Jane Smith, Ed.D., Superintendent of Schools` | Members(MEMBER): Jane Smith, Ed.D.(Superintendent of Schools)
        `Members: Hon. Maria Lopez, Mayor` | Members(MEMBER): Hon. Maria Lopez(Mayor)
        `Chair: Mayor John Smith` | Chair(LEADER): John Smith(Mayor)
        `Members: Officer Dana Lee (School Resource Officer)` | Members(MEMBER): Dana Lee(Officer (School Resource Officer))
        `Members: Tom Hill (Finance), Ann Lee (HR) and Bob Smith (Estates)` | Members(MEMBER): Tom Hill(Finance) / Ann Lee(HR) / Bob Smith(Estates)
        `Members: Head of Finance or deputy` | Members(MEMBER): [Head of Finance or deputy]
        `Members: Dr. Jane Smith-O'Neill, M.D., FACP` | Members(MEMBER): Dr. Jane Smith-O'Neill, M.D., FACP
        `Members: Sir John Smith KBE` | Members(MEMBER): Sir John Smith KBE
        `Members: Professor Sir Chris Whitty` | Members(MEMBER): Professor Sir Chris Whitty
        `Members: Ms Jane Smith, Head of HR (jane.smith@council.gov.uk, 01234 567890)` | Members(MEMBER): Ms Jane Smith(Head of HR (jane.smith@council.gov.uk, 01234 567890))
        `Chair: Jane Smith, Headteacher\\nVice-Chair: Tom Hill` | Chair(LEADER): Jane Smith(Headteacher) + Vice-Chair(DEPUTY): Tom Hill
        `Co-Chairs: Jane Smith & Tom Hill` | Co-Chairs(LEADER): Jane Smith / Tom Hill
        `Members: Tom Hill (Chair), Ann Lee (Vice Chair), Bob Smith (Secretary)` | Members(MEMBER): Tom Hill(Chair) / Ann Lee(Vice Chair) / Bob Smith(Secretary)
        `Members: Tom Hill – Chair; Ann Lee – Secretary` | Members(MEMBER): Tom Hill(Chair) / Ann Lee(Secretary)
        `Members: Dr. Jane Smith, Chief Medical Officer, Mercy Hospital` | Members(MEMBER): Dr. Jane Smith(Chief Medical Officer, Mercy Hospital)
        `Members: Jane Smith (she/her), Head of Equality` | Members(MEMBER): Jane Smith(she/her, Head of Equality)
        `Executive Lead: Sarah O'Connor, Director of Strategy` | Executive Lead(LEADER): Sarah O'Connor(Director of Strategy)
        `Accountable Officer: Dr John Smith` | Accountable Officer(MEMBER): Dr John Smith
        `Members: Ann Lee, Deputy Director of Nursing (deputising for the Chief Nurse)` | Members(MEMBER): Ann Lee(Deputy Director of Nursing (deputising for the Chief Nurse))
        `Members: Cllr Ann Lee (Lab), Cllr Tom Hill (Con), Cllr Raj Patel (LD)` | Members(MEMBER): Cllr Ann Lee(Lab) / Cllr Tom Hill(Con) / Cllr Raj Patel(LD)
        `Members: Tom Hill, Assistant Chief Executive; Ann Lee, Monitoring Officer` | Members(MEMBER): Tom Hill(Assistant Chief Executive) / Ann Lee(Monitoring Officer)
        `Members: Ann Lee, Section 151 Officer` | Members(MEMBER): Ann Lee(Section 151 Officer)
        `Members: Sarah Brown, Chief Nurse/Deputy Chief Executive` | Members(MEMBER): Sarah Brown(Chief Nurse/Deputy Chief Executive)
        `Secretariat: Ann Lee (Governance Officer), tel. 01234 567890` | Secretariat(MEMBER): Ann Lee(Governance Officer, tel. 01234 567890)
        `Members: Jane Smith (Headteacher), Tom Hill (Deputy Headteacher), Ann Lee (SENCo), Bob Smith (Business Manager)` | Members(MEMBER): Jane Smith(Headteacher) / Tom Hill(Deputy Headteacher) / Ann Lee(SENCo) / Bob Smith(Business Manager)
        `Members: Jane Smith, Head of School Improvement, and Tom Hill` | Members(MEMBER): Jane Smith(Head of School Improvement) / Tom Hill
        `Members: Cllr Jane Smith (Chair), Cllr Tom Hill (Vice-Chair), Cllr Ann Lee` | Members(MEMBER): Cllr Jane Smith(Chair) / Cllr Tom Hill(Vice-Chair) / Cllr Ann Lee
        `Members: Ann Lee – Head of Housing (deputising)` | Members(MEMBER): Ann Lee(Head of Housing (deputising))
        `Members: Jane Smith, Director, Acme Ltd` | Members(MEMBER): Jane Smith(Director, Acme Ltd)
        `Members: Police Scotland – Ch Insp Ann Lee` | Members(MEMBER): Ch Insp Ann Lee(Police Scotland)
        `Members: Jane Smith (NHS England); Tom Hill (Public Health England)` | Members(MEMBER): Jane Smith(NHS England) / Tom Hill(Public Health England)
        `Members: Senior Leadership Team (SLT)` | Members(MEMBER): [Senior Leadership Team (SLT)]
        `Members: All Heads of Service` | Members(MEMBER): [All Heads of Service]
        `Members: Jo Bloggs, Parent Governor (elected 2024)` | Members(MEMBER): Jo Bloggs(Parent Governor (elected 2024))
        `Members: Jo Bloggs (until March 2025)` | Members(MEMBER): Jo Bloggs(until March 2025)
        `Members: Dr. Ana Gómez, Ph.D., Director of Curriculum` | Members(MEMBER): Dr. Ana Gómez, Ph.D.(Director of Curriculum)
        `Members: Jean-Pierre Dubois, Head of Languages` | Members(MEMBER): Jean-Pierre Dubois(Head of Languages)
        `Members: Nguyen Van An; Kim Min-jun; Tanaka Hiroshi` | Members(MEMBER): Nguyen Van An / Kim Min-jun / Tanaka Hiroshi
        """)
    void englishLeadingGroupsAsPublished(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /**
     * Posts before names on aligned lines, township double leaders, school and mine leadership, and English services'
     * posts after a body's initials (ICB Director of Nursing, which was read as a person named ICB).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `成员：县委办副主任\\u3000\\u3000\\u3000\\u3000张三\\n\\u3000\\u3000\\u3000县政府办副主任\\u3000\\u3000李四` | 成员(MEMBER): 张三(县委办副主任) / 李四(县政府办副主任)
        `成员：张三\\u3000县教育局局长\\n\\u3000\\u3000\\u3000李四\\u3000县公安局副局长` | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局副局长)
        `成员：县教育局局长 张三、县公安局局长 李四、县财政局局长 王五` | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局局长) / 王五(县财政局局长)
        `副组长：县委常委、县委办主任\\u3000王五；副县长\\u3000赵六` | 副组长(DEPUTY): 王五(县委常委、县委办主任) / 赵六(副县长)
        `组长：党委书记、校长\\u3000王建国` | 组长(LEADER): 王建国(党委书记、校长)
        `副组长：党委副书记、副校长\\u3000李华；副校长\\u3000刘强` | 副组长(DEPUTY): 李华(党委副书记、副校长) / 刘强(副校长)
        `成员：教务处主任\\u3000张明、政教处主任\\u3000李丽、总务处主任\\u3000陈刚、各年级组长、各班主任` | 成员(MEMBER): 张明(教务处主任) / 李丽(政教处主任) / 陈刚(总务处主任) / [各年级组长] / [各班主任]
        `组长：矿长\\u3000马建国（主持全面工作）` | 组长(LEADER): 马建国(矿长（主持全面工作）)
        `副组长：安全副矿长\\u3000何军、生产副矿长\\u3000刘强、总工程师\\u3000吴小兵` | 副组长(DEPUTY): 何军(安全副矿长) / 刘强(生产副矿长) / 吴小兵(总工程师)
        `组长：院长 王XX；副组长：副院长 李XX、刘XX` | 组长(LEADER): 王XX(院长) + 副组长(DEPUTY): 李XX(副院长) / 刘XX
        `成员：医务科科长、护理部主任、各临床科室主任、护士长` | 成员(MEMBER): [医务科科长] / [护理部主任] / [各临床科室主任] / [护士长]
        `成员：公司领导班子成员` | 成员(MEMBER): [公司领导班子成员]
        `成员：村“两委”成员` | 成员(MEMBER): [村“两委”成员]
        `成员：各村（社区）书记、主任` | 成员(MEMBER): [各村（社区）书记] / [主任]
        `组长：镇党委书记 张三；镇长 李四` | 组长(LEADER): 张三(镇党委书记) / 李四(镇长)
        `副组长：镇党委副书记 王五 镇人大主席 赵六` | 副组长(DEPUTY): 王五(镇党委副书记) / 赵六(镇人大主席)
        `成员：镇党政班子成员、各村党支部书记` | 成员(MEMBER): [镇党政班子成员] / [各村党支部书记]
        `成员：派出所所长、司法所所长、财政所所长` | 成员(MEMBER): [派出所所长] / [司法所所长] / [财政所所长]
        `Members: Cllr A Smith, Cllr B Jones, Cllr C Patel` | Members(MEMBER): Cllr A Smith / Cllr B Jones / Cllr C Patel
        `Members: Ms. Jane Smith, Principal (Chair); Mr. Tom Hill, Assistant Principal` | Members(MEMBER): Ms. Jane Smith(Principal (Chair)) / Mr. Tom Hill(Assistant Principal)
        `Members: Director of Public Health or nominated deputy (Chair)` | Members(MEMBER): [Director of Public Health or nominated deputy (Chair)]
        `Members: ICB Director of Nursing` | Members(MEMBER): [ICB Director of Nursing]
        `Members: Tom Hill MBE DL (Lord-Lieutenant's representative)` | Members(MEMBER): Tom Hill MBE DL(Lord-Lieutenant's representative)
        `Members: Inspector Raj Patel, Kent Police; Station Manager Ann Lee, Kent Fire and Rescue Service` | Members(MEMBER): Raj Patel(Inspector, Kent Police) / Ann Lee(Station Manager, Kent Fire and Rescue Service)
        `Members: Head of Emergency Planning (Lead Officer)` | Members(MEMBER): [Head of Emergency Planning (Lead Officer)]
        `Chair: Jane Smith (Independent Chair)` | Chair(LEADER): Jane Smith(Independent Chair)
        `Members: Dr Jane Smith, Consultant in Public Health, UKHSA` | Members(MEMBER): Dr Jane Smith(Consultant in Public Health, UKHSA)
        `Members: Tom Hill – Headteacher, Riverside Primary School` | Members(MEMBER): Tom Hill(Headteacher, Riverside Primary School)
        `Members: Ann Lee, Parent Governor; Bob Smith, Staff Governor; Rev. Jo Bloggs, Foundation Governor` | Members(MEMBER): Ann Lee(Parent Governor) / Bob Smith(Staff Governor) / Rev. Jo Bloggs(Foundation Governor)
        `Members: Jane Smith, Director (until 30 June 2025)` | Members(MEMBER): Jane Smith(Director (until 30 June 2025))
        `Members: The Leader of the Council; the Chief Executive; the Director of Public Health` | Members(MEMBER): [The Leader of the Council] / [the Chief Executive] / [the Director of Public Health]
        `Secretary: Jane Smith, Democratic Services Officer (minutes)` | Secretary(MEMBER): Jane Smith(Democratic Services Officer (minutes))
        `Members: Sgt Tom Hill, Neighbourhood Policing Team` | Members(MEMBER): Sgt Tom Hill(Neighbourhood Policing Team)
        `Members: PC Ann Lee (Schools Liaison Officer)` | Members(MEMBER): PC Ann Lee(Schools Liaison Officer)
        `Lead Member: Cllr Tom Hill, Portfolio Holder for Environment` | Lead Member(LEADER): Cllr Tom Hill(Portfolio Holder for Environment)
        `Members: UKHSA Health Protection Consultant; NHS England Regional Director` | Members(MEMBER): [UKHSA Health Protection Consultant] / [NHS England Regional Director]
        """)
    void townshipsSchoolsMinesAndServices(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /**
     * Who serves (由…担任), lists that end in an ellipsis (张三、李四……, 县委组织部……等部门负责人; the ellipsis was read as part
     * of a name), 主要负责同志 担任 (read as 主要负责 without its 同志), personal details and dates after a post.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：县委书记、县长（双组长）` | 组长(LEADER): [县委书记] / [县长（双组长）]
        `组长：县委副书记、县长 张三（兼）` | 组长(LEADER): 张三(县委副书记、县长（兼）)
        `成员：县教育局、县公安局等单位分管负责同志及联络员` | 成员(MEMBER): [县教育局、县公安局等单位分管负责同志及联络员]
        `成员：县委办、县政府办、县委组织部……等部门负责人` | 成员(MEMBER): [县委办、县政府办、县委组织部等部门负责人]
        `成员：张三、李四……` | 成员(MEMBER): 张三 / 李四
        `副组长：李四（县委常委、常务副县长）\\n\\u3000\\u3000\\u3000\\u3000王五（县政府副县长、县公安局局长）` | 副组长(DEPUTY): 李四(县委常委、常务副县长) / 王五(县政府副县长、县公安局局长)
        `成员：县直相关部门、各乡镇（街道）` | 成员(MEMBER): [县直相关部门] / [各乡镇（街道）]
        `成员：县应急局局长（兼办公室主任）` | 成员(MEMBER): [县应急局局长（兼办公室主任）]
        `成员：张三（县教育局）、李四（县公安局），各乡镇分管负责同志` | 成员(MEMBER): 张三(县教育局) / 李四(县公安局) / [各乡镇分管负责同志]
        `组长：由县政府主要领导担任` | 组长(LEADER): [县政府主要领导]
        `副组长：由县政府分管领导担任` | 副组长(DEPUTY): [县政府分管领导]
        `成员：由县直相关部门主要负责同志担任` | 成员(MEMBER): [县直相关部门主要负责同志]
        `成员：公司总经理、副总经理、各部门经理` | 成员(MEMBER): [公司总经理] / [副总经理] / [各部门经理]
        `成员：张三（女，汉族，1978年3月生，县教育局局长）` | 成员(MEMBER): 张三(女，汉族，1978年3月生，县教育局局长)
        `组长：张三（县委书记）\\u3000\\u3000手机：13900000000` | 组长(LEADER): 张三(县委书记，手机：13900000000)
        `成员：各成员单位分管负责同志` | 成员(MEMBER): [各成员单位分管负责同志]
        `组长：张三（县委副书记、县长）；\\n副组长：李四（副县长）。` | 组长(LEADER): 张三(县委副书记、县长) + 副组长(DEPUTY): 李四(副县长)
        `组长：张三 县委副书记、县长（2023年11月任）` | 组长(LEADER): 张三(县委副书记、县长（2023年11月任）)
        `成员：区教育局、区卫健局、区市场监管局、各街道办事处` | 成员(MEMBER): [区教育局] / [区卫健局] / [区市场监管局] / [各街道办事处]
        `成员：王晓东（县交通运输局局长）、刘建军（县公路管理段段长）` | 成员(MEMBER): 王晓东(县交通运输局局长) / 刘建军(县公路管理段段长)
        `成员：赵敏（女，县妇联主席）` | 成员(MEMBER): 赵敏(女，县妇联主席)
        `成员：学校中层以上干部` | 成员(MEMBER): [学校中层以上干部]
        `成员：各处室负责人、各学院院长` | 成员(MEMBER): [各处室负责人] / [各学院院长]
        `组长：张三（董事长、党委书记）\\n副组长：李四（总经理）` | 组长(LEADER): 张三(董事长、党委书记) + 副组长(DEPUTY): 李四(总经理)
        `Members: Tom Hill, Ann Lee...` | Members(MEMBER): Tom Hill / Ann Lee
        `成员：由县教育局主要负责同志担任` | 成员(MEMBER): [县教育局主要负责同志]
        """)
    void whoServesEllipsesAndDetails(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @Test
    void aTitlesCountIsNeitherInItsTitleNorItsKind() throws ModelException {
        Role r = RosterParser.parseRole("副组长（3人）：", "李四、王五、赵六");
        assertEquals("副组长", r.title());
        assertEquals(RoleKind.DEPUTY, r.kind());
        assertEquals(List.of(new Person("李四", null), new Person("王五", null), new Person("赵六", null)), r.people());
        assertEquals("Chief Executive (Chair)", RosterParser.roleTitle("Chief Executive (Chair):"));
        assertEquals("Senior Responsible Owner (SRO)", RosterParser.roleTitle("Senior Responsible Owner (SRO)"));
    }

    @Test
    void aBlankedOutNameIsAPersonOfThePeoplePage() throws ModelException {
        assertEquals(List.of(new Person("刘XX", "党委书记、董事长")), RosterParser.parsePeople("刘XX（党委书记、董事长）"));
        assertEquals(List.of(new Person("王××", "县长")), RosterParser.parsePeople("县长 王××"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX（校长）", "×××", "XX（县长）"})
    void aBlankWithoutASurnameIsStillATemplatesBlank(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople(text));
        assertTrue(e.getMessage().contains("blank left in a template"), e.getMessage());
    }

    @Test
    void groupsAndVacanciesAreNoPeople() throws ModelException {
        for (String text : List.of("Finance, HR and Estates representatives", "Head of HR – vacant", "Chief Executive's Office",
                "Principal, Lincoln High School", "Duty Manager on call", "县直各部门“一把手”")) {
            List<Person> people = RosterParser.parsePeople(text);
            assertEquals(1, people.size(), text);
            assertTrue(people.get(0).group(), text);
            assertEquals(null, people.get(0).position(), text);
        }
        List<Person> units = RosterParser.parsePeople("县教育局　县公安局　县财政局");
        assertEquals(3, units.size());
        assertTrue(units.stream().allMatch(Person::group));
    }

    @Test
    void traditionalNamesAndPostsAreShownAsWritten() throws ModelException {
        assertEquals(List.of(new Person("張三", "局長"), new Person("李四", "副局長")), RosterParser.parsePeople("局長 張三、副局長 李四"));
        assertEquals(List.of(new Person("陳大文", "保安局局長")), RosterParser.parsePeople("陳大文先生（保安局局長）"));
        assertEquals(List.of(new Person("張三", "縣長")), RosterParser.parsePeople("縣長張三"));
    }

    @Test
    void theOldWrongReadingsAreGone() throws ModelException {
        // Executive's was read as a person with the post Chief, COO as a member, Leigh as Baroness Smith's position
        assertFalse(RosterParser.parsePeople("Policy Team, Chief Executive's Office").stream().anyMatch(p -> !p.group()));
        assertEquals(List.of(new Person("Mark O'Neil", "Executive Sponsor, COO")), RosterParser.parsePeople("Executive Sponsor – Mark O'Neil, COO"));
        assertEquals(List.of(new Person("Baroness Smith of Leigh", null)), RosterParser.parsePeople("Baroness Smith of Leigh"));
        // the middle-dotted name kept its 同志; the duty was an unreadable entry; the 以上 remark the last person's post
        assertEquals(List.of(new Person("阿卜杜拉·买买提", "县委副书记、县长")), RosterParser.parsePeople("阿卜杜拉·买买提同志（县委副书记、县长）"));
        assertEquals(List.of(new Person("张三", "县长，负责全面工作")), RosterParser.parsePeople("张三（县长），负责全面工作"));
        assertEquals(List.of(new Person("张三", null), new Person("李四", null)), RosterParser.parsePeople("张三、李四（以上同志均为县直部门负责人）"));
    }

    @Test
    void namesKeepTheirFormOfAddressForThePeoplePage() {
        assertEquals("John Smith Jr.", RosterParser.plainName("Mr. John Smith Jr."));
        assertEquals("Maria Lopez", RosterParser.plainName("Hon. Maria Lopez"));
        assertEquals("阿卜杜拉·买买提", RosterParser.plainName("阿卜杜拉·买买提"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"负责全面工作", "负责全面工作。", "县应急局，负责日常工作", "协助组长工作"})
    void aDutyWithoutAPersonIsAnError(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parseRole("组长", text));
        assertTrue(e.getMessage().startsWith("roster"), e.getMessage());
    }

    @Test
    void anOfficesLocationIsStillNoPerson() {
        ModelException e = assertThrows(ModelException.class,
            () -> line("办公室：领导小组下设办公室，办公室设在县应急局，张三同志兼任办公室主任"));
        assertTrue(e.getMessage().contains("says where the office is"), e.getMessage());
    }
}
