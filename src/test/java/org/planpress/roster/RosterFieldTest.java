package org.planpress.roster;

import org.planpress.model.ModelException;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.Roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roster lines as schools, townships, county governments, hospitals, mines, water companies, road projects, councils
 * and NHS trusts write them, each read as the converter reads a label line: the label up to the first colon, then
 * the people. A line's reading is "title(KIND): people", a person as "name(position)", a group as "[text]".
 */
class RosterFieldTest {

    /** The roles of a label line, "组长(LEADER): 张三(县长) / [各部门负责人]", roles joined by " + " (also for RosterRealFormsTest). */
    static String line(String line) throws ModelException {
        String l = line.replace("\\n", "\n").replace("\\u3000", "\u3000");
        int colon = -1;
        for (int k = 0; k < l.length() && colon < 0; k++) if (l.charAt(k) == '：' || l.charAt(k) == ':') colon = k;
        StringBuilder sb = new StringBuilder();
        for (Role r : RosterParser.parseRoles(RosterParser.roleTitle(l.substring(0, colon)), l.substring(colon + 1).strip())) {
            if (sb.length() > 0) sb.append(" + ");
            sb.append(r.title()).append('(').append(r.kind()).append("): ");
            for (int i = 0; i < r.people().size(); i++) {
                Person p = r.people().get(i);
                if (i > 0) sb.append(" / ");
                sb.append(p.group() ? "[" + p.name() + "]" : p.name());
                if (p.position() != null) sb.append('(').append(p.position()).append(')');
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        副组长兼办公室主任：赵六（县应急局局长）        | 副组长兼办公室主任(DEPUTY): 赵六(县应急局局长)
        组长兼秘书长：王五                          | 组长兼秘书长(LEADER): 王五
        成员兼联络员：李四（县政府办副主任）          | 成员兼联络员(MEMBER): 李四(县政府办副主任)
        办公室主任兼联络员：刘强                     | 办公室主任兼联络员(MEMBER): 刘强
        """)
    void aTitleOfTwoRolesRanksByTheFirst(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：张三；副组长兼办公室主任：李四`                 | 组长(LEADER): 张三 + 副组长兼办公室主任(DEPUTY): 李四
        `Chair: Tom Hill; Vice-Chair and Treasurer: Ann Lee`  | Chair(LEADER): Tom Hill + Vice-Chair and Treasurer(DEPUTY): Ann Lee
        `Chair: Tom Hill; Secretary/Treasurer: Ann Lee`       | Chair(LEADER): Tom Hill + Secretary/Treasurer(MEMBER): Ann Lee
        `成员：张三；县长兼县委副书记：李四`                   | 成员(MEMBER): 张三 / 李四(县长兼县委副书记)
        """)
    void aLabelOfTwoRolesInsideALineStartsARole(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Incident Controller: Duty Director (on call)                | Incident Controller(LEADER): [Duty Director (on call)]
        `Members: The Chief Executive (Chair); the Director of Public Health` | Members(MEMBER): [The Chief Executive (Chair)] / [the Director of Public Health]
        Members: Director of Public Health (or representative)      | Members(MEMBER): [Director of Public Health (or representative)]
        成员：县教育局（牵头）                                      | 成员(MEMBER): [县教育局（牵头）]
        """)
    void aRemarkInBracketsAfterAGroupKeepsTheBracketsOfItsScript(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        组长：张三 同志                          | 组长(LEADER): 张三
        组长：县委书记　张三　同志                | 组长(LEADER): 张三(县委书记)
        `成员：张 三 同志、李四　同志`            | 成员(MEMBER): 张三 / 李四
        顾问：王五 先生                          | 顾问(MEMBER): 王五
        """)
    void aCourtesyWordWrittenApartStaysWithTheName(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Members: Tom Hill – Site Manager – 07700 900123         | Members(MEMBER): Tom Hill(Site Manager, 07700 900123)
        Members: Jane Smith – jane.smith@council.gov.uk         | Members(MEMBER): Jane Smith(jane.smith@council.gov.uk)
        联络员：张三——13800000000                               | 联络员(MEMBER): 张三(13800000000)
        """)
    void contactDetailsAfterADashGoWithThePerson(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Members: Sam Taylor (Highways Manager) – lead            | Members(MEMBER): Sam Taylor(Highways Manager, lead)
        Members: Dr Ann Lee (Public Health) - Clinical Lead      | Members(MEMBER): Dr Ann Lee(Public Health, Clinical Lead)
        Members: Wang Li (Director) Zhang San (Deputy Director)  | Members(MEMBER): Wang Li(Director) / Zhang San(Deputy Director)
        """)
    void anEnglishPostAfterABracketedPositionAddsToIt(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: The Director of Finance, the Director of Operations and the Medical Director` | Members(MEMBER): [The Director of Finance] / [the Director of Operations] / [the Medical Director]
        Members: Head of Planning and Building Control          | Members(MEMBER): [Head of Planning and Building Control]
        Members: Head of HR and the Chief Nurse                 | Members(MEMBER): [Head of HR] / [the Chief Nurse]
        """)
    void andTheBeforeAPostStartsAPostOfItsOwn(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Members: the Principal Contractor                       | Members(MEMBER): [the Principal Contractor]
        `Members: Site Agent, Principal Contractor`             | Members(MEMBER): [Site Agent] / [Principal Contractor]
        Members: St John Ambulance representative               | Members(MEMBER): [St John Ambulance representative]
        Members: Kent Police liaison officer                    | Members(MEMBER): [Kent Police liaison officer]
        Senior Responsible Owner: Mr Tom Hill                   | Senior Responsible Owner(MEMBER): Mr Tom Hill
        Members: Project Sponsor Jane Roe                       | Members(MEMBER): Jane Roe(Project Sponsor)
        Members: Wang Jinxuan Project Manager                   | Members(MEMBER): Wang Jinxuan(Project Manager)
        """)
    void aPostOfAnOrganisationNamesNoOne(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Councillors Smith, Jones and Patel`           | Members(MEMBER): Councillor Smith / Councillor Jones / Councillor Patel
        `Members: Cllrs A. Smith, B. Jones`                     | Members(MEMBER): Cllr A. Smith / Cllr B. Jones
        `Members: Cllrs Smith, Jones, Patel and O'Brien`        | Members(MEMBER): Cllr Smith / Cllr Jones / Cllr Patel / Cllr O'Brien
        Members: Messrs Smith and Jones                         | Members(MEMBER): Mr Smith / Mr Jones
        `Members: Drs Patel (Public Health) and Khan; Ann Lee`  | Members(MEMBER): Dr Patel(Public Health) / Dr Khan / Ann Lee
        Members: Councillors of each ward                       | Members(MEMBER): [Councillors of each ward]
        """)
    void aPluralFormOfAddressGoesToEachNameAfterIt(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Members: Tom Hill or his deputy                          | Members(MEMBER): Tom Hill(or his deputy)
        `Members: Ann Lee (Head of HR) or nominated representative; Bob Smith` | Members(MEMBER): Ann Lee(Head of HR, or nominated representative) / Bob Smith
        Members: Head of Legal Services or nominated deputy      | Members(MEMBER): [Head of Legal Services or nominated deputy]
        """)
    void whoMayStandInForAPersonIsPartOfTheirPosition(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：县教育局、县公安局、县财政局等单位主要负责同志         | 成员(MEMBER): [县教育局、县公安局、县财政局等单位主要负责同志]
        成员：县委办、县政府办、县委宣传部、县发改局等部门主要负责人   | 成员(MEMBER): [县委办、县政府办、县委宣传部、县发改局等部门主要负责人]
        成员：由县委办、县政府办、县教育局等部门负责人组成            | 成员(MEMBER): [县委办、县政府办、县教育局等部门负责人]
        成员：张三（县长）、县公安局、县应急局等部门负责人            | 成员(MEMBER): 张三(县长) / [县公安局、县应急局等部门负责人]
        成员：县教育局、县公安局、县财政局                          | 成员(MEMBER): [县教育局] / [县公安局] / [县财政局]
        成员：张三、李四等同志                                    | 成员(MEMBER): 张三 / 李四
        """)
    void unitsListedBeforeTheirHeadsAreOneGroup(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Tom Hill BSc (Hons) CEng MICE, Principal Engineer` | Members(MEMBER): Tom Hill BSc (Hons) CEng MICE(Principal Engineer)
        Members: Ann Lee MA (Oxon)                                   | Members(MEMBER): Ann Lee MA (Oxon)
        Chair: Jane Smith MBE                                        | Chair(LEADER): Jane Smith MBE
        Members: Wang Li (Director) Zhang San                        | Members(MEMBER): Wang Li(Director) / Zhang San
        """)
    void lettersAfterANameStayWithIt(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        组长：张三（县委副书记、县长）\u3000\u3000\u3000电话：13800000000  | 组长(LEADER): 张三(县委副书记、县长，电话：13800000000)
        成员：张三\u3000县教育局局长\u300013800000001\\n李四\u3000县公安局副局长\u300013800000002 | 成员(MEMBER): 张三(县教育局局长，13800000001) / 李四(县公安局副局长，13800000002)
        `Members: Jane Smith (Parish Clerk) – tel 01234 567890 – email clerk@parish.gov.uk` | Members(MEMBER): Jane Smith(Parish Clerk, tel 01234 567890 – email clerk@parish.gov.uk)
        """)
    void contactDetailsAfterAWideGapGoWithThePersonBefore(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组长：张三，男，汉族，县委书记`                    | 组长(LEADER): 张三(男，汉族、县委书记)
        `成员：李四，女，1975年3月生，中共党员；王五`        | 成员(MEMBER): 李四(女，1975年3月生，中共党员) / 王五
        """)
    void personalDetailsAfterANameArePartOfThePosition(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：张三/县教育局局长、李四／县公安局副局长     | 成员(MEMBER): 张三(县教育局局长) / 李四(县公安局副局长)
        Members: Mr Rajesh s/o Kumar                     | Members(MEMBER): Mr Rajesh s/o Kumar
        `Members: Police – Insp. Raj Patel; Ambulance – Jo Bloggs` | Members(MEMBER): Insp. Raj Patel(Police) / Jo Bloggs(Ambulance)
        Members: Zhang San – Li Si                       | Members(MEMBER): Zhang San / Li Si
        Members: John Smith – Facilities Manager         | Members(MEMBER): John Smith(Facilities Manager)
        """)
    void aSlashOrDashBetweenANameAndWhereTheyAreFromSeparatesThem(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：上官云飞、司马相如、欧阳修、诸葛孔明   | 成员(MEMBER): 上官云飞 / 司马相如 / 欧阳修 / 诸葛孔明
        成员：上官婉儿（市卫健委主任）              | 成员(MEMBER): 上官婉儿(市卫健委主任)
        成员：百里镇                              | 成员(MEMBER): [百里镇]
        """)
    void aTwoCharacterSurnameStartsAName(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：张三等5人                              | 成员(MEMBER): 张三
        成员：张三（县教育局局长）等15人               | 成员(MEMBER): 张三(县教育局局长)
        `成员：张三、李四等三名同志`                   | 成员(MEMBER): 张三 / 李四
        `Members: Jane Smith, Tom Hill, et al.`      | Members(MEMBER): Jane Smith / Tom Hill
        """)
    void aClosingEtcWithACountIsNoPerson(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `成员：县教育局分管领导、县公安局主要领导`              | 成员(MEMBER): [县教育局分管领导] / [县公安局主要领导]
        `成员：各乡镇长、县直部门一把手`                      | 成员(MEMBER): [各乡镇长] / [县直部门一把手]
        `Members: Representatives from: Highways, Planning, Legal, Finance` | Members(MEMBER): [Representatives from: Highways, Planning, Legal, Finance]
        Members: a representative of Natural England              | Members(MEMBER): [a representative of Natural England]
        `Members: Jane Smith (Environment Agency) and a representative of Natural England` | Members(MEMBER): Jane Smith(Environment Agency) / [a representative of Natural England]
        """)
    void headsOfUnitsAndSentRepresentativesAreGroups(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Members: The Rt Hon. Jane Smith MP                | Members(MEMBER): The Rt Hon. Jane Smith MP
        Members: The Revd Ann Lee                         | Members(MEMBER): The Revd Ann Lee
        Members: The Environment Agency                   | Members(MEMBER): [The Environment Agency]
        Chair: The Headteacher                            | Chair(LEADER): [The Headteacher]
        """)
    void theBeforeAStyleOfAddressStartsAName(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Representatives of Network Rail, Transport for London and the Metropolitan Police` | Members(MEMBER): [Representatives of Network Rail, Transport for London and the Metropolitan Police]
        `Members: Representatives of the Trust, Tom Hill`       | Members(MEMBER): Tom Hill(Representatives of the Trust)
        `Members: Heads of Maths, English and Science`          | Members(MEMBER): [Heads of Maths, English and Science]
        """)
    void representativesOfBodiesAreOneGroup(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：1.张三 2.李四 3.王五                              | 成员(MEMBER): 张三 / 李四 / 王五
        `成员：（1）张三（县教育局）；（2）李四（县公安局）`         | 成员(MEMBER): 张三(县教育局) / 李四(县公安局)
        成员：①张三 ②李四                                     | 成员(MEMBER): 张三 / 李四
        `成员：1、张三（县长）　2、李四`                          | 成员(MEMBER): 张三(县长) / 李四
        Members: 1. Tom Hill 2. Ann Lee                        | Members(MEMBER): Tom Hill / Ann Lee
        `Members: (a) Tom Hill; (b) Ann Lee`                   | Members(MEMBER): Tom Hill / Ann Lee
        `Members: 1) Tom Hill; 2) Ann Lee`                     | Members(MEMBER): Tom Hill / Ann Lee
        Members: • Tom Hill • Ann Lee                          | Members(MEMBER): Tom Hill / Ann Lee
        成员：初三(1)班班主任                                   | 成员(MEMBER): [初三(1)班班主任]
        `Members: J. Smith, e.g. the Clerk`                    | Members(MEMBER): J. Smith(e.g. the Clerk)
        成员：库热西•买合苏提                                   | 成员(MEMBER): 库热西•买合苏提
        """)
    void numbersAndBulletsOfAListSeparatePeople(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `成员：张三【县教育局】、李四【县公安局】`              | 成员(MEMBER): 张三(县教育局) / 李四(县公安局)
        成员：张三〔县教育局〕                               | 成员(MEMBER): 张三(县教育局)
        `Members: Jane Smith [Headteacher]; Tom Hill [Bursar]` | Members(MEMBER): Jane Smith(Headteacher) / Tom Hill(Bursar)
        Members: Jane Smith (Headteacher) [Chair]            | Members(MEMBER): Jane Smith(Headteacher, Chair)
        `组长：王建国（县长）；【副组长】：李明`                | 组长(LEADER): 王建国(县长) + 副组长(DEPUTY): 李明
        """)
    void squareAndLenticularBracketsAroundAPositionAreParentheses(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Ms. Jane Smith, B.Sc., M.Ed., Principal`    | Members(MEMBER): Ms. Jane Smith, B.Sc., M.Ed.(Principal)
        `Members: Jane Smith, M.D., Tom Hill, R.N.`           | Members(MEMBER): Jane Smith, M.D. / Tom Hill, R.N
        `Members: Smith, J.; Jones, M. K.`                    | Members(MEMBER): Smith, J. / Jones, M. K
        """)
    void lettersAfterANameWithPeriodsStayWithIt(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：市直有关部门（单位）负责同志      | 成员(MEMBER): [市直有关部门（单位）负责同志]
        成员：各县（市、区）分管负责同志        | 成员(MEMBER): [各县（市、区）分管负责同志]
        成员：张三（县教育局）李四（县公安局）   | 成员(MEMBER): 张三(县教育局) / 李四(县公安局)
        成员：张三（组长）李四（副组长）         | 成员(MEMBER): 张三(组长) / 李四(副组长)
        """)
    void unitsInParenthesesAfterAUnitArePartOfIt(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        成员：县交通运输局 王五 局长                               | 成员(MEMBER): 王五(县交通运输局 局长)
        成员：矿长 马建国 总工程师 吴小兵                           | 成员(MEMBER): 马建国(矿长) / 吴小兵(总工程师)
        成员：院长 陈明 研究员                                     | 成员(MEMBER): 陈明(院长、研究员)
        """)
    void aPostAfterANameWithAUnitBeforeItIsTheUnitsHead(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Designated Safeguarding Lead (DSL): Ms K. Patel` | Members(MEMBER): Ms K. Patel(Designated Safeguarding Lead (DSL))
        `Members: Head of Science (Mr. Lee), Head of PE (Ms. Chan)` | Members(MEMBER): Mr. Lee(Head of Science) / Ms. Chan(Head of PE)
        Members: SLT                                              | Members(MEMBER): [SLT]
        `Members: SLT; PTA; Tom Hill`                             | Members(MEMBER): [SLT] / [PTA] / Tom Hill
        """)
    void anAbbreviationIsAPostsOrABodysNotAName(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Members: Consultant Microbiologist(s)                 | Members(MEMBER): [Consultant Microbiologist(s)]
        Members: Consultant Anaesthetist Dr Ann Lee           | Members(MEMBER): Dr Ann Lee(Consultant Anaesthetist)
        `Members: Matron, Ward 7 (Ms A. Lee)`                 | Members(MEMBER): [Matron] / Ms A. Lee(Ward 7)
        Members: Staff-side representative (Unison)           | Members(MEMBER): [Staff-side representative (Unison)]
        Members: Head of Science (Mr. Lee)                    | Members(MEMBER): Mr. Lee(Head of Science)
        Members: Jo Bloggs (Network Rail) – observer          | Members(MEMBER): Jo Bloggs(Network Rail, observer)
        `成员：井长、河长、技术员`                              | 成员(MEMBER): [井长] / [河长] / [技术员]
        组长：县长 张三（县级河长）                            | 组长(LEADER): 张三(县长（县级河长）)
        """)
    void postsOfHospitalsMinesAndRiversAreNoNames(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members: Jane Smith, Team Leader – Environmental Protection` | Members(MEMBER): Jane Smith(Team Leader – Environmental Protection)
        Members: Vacant – Finance representative                  | Members(MEMBER): [Vacant – Finance representative]
        Members: Vacant (Finance)                                 | Members(MEMBER): [Vacant (Finance)]
        `Members: Jane Smith (Chair) until 31 March; Tom Hill (Chair) from 1 April` | Members(MEMBER): Jane Smith(Chair, until 31 March) / Tom Hill(Chair, from 1 April)
        """)
    void aDashInsideAPostOrAfterAVacancyKeepsThemWhole(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Lines a tester wrote as offices write them that were read right before these fixes, and must stay so. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `组　长：县委副书记、县长 张三`                             | 组长(LEADER): 张三(县委副书记、县长)
        `组　长：张三 县委副书记、县长`                             | 组长(LEADER): 张三(县委副书记、县长)
        `组　长：张三同志（县委副书记、县长）`                       | 组长(LEADER): 张三(县委副书记、县长)
        `常务副组长：李四（县委常委、常务副县长）`                   | 常务副组长(DEPUTY): 李四(县委常委、常务副县长)
        组长：（空缺）                                            | 组长(LEADER): [（空缺）]
        `成员单位：县教育局、县公安局、县民政局`                     | 成员单位(MEMBER): [县教育局] / [县公安局] / [县民政局]
        `成　员：各乡镇（街道）主要负责人`                          | 成员(MEMBER): [各乡镇（街道）主要负责人]
        `成员：欧阳明华（县教育局局长）、司马光明（县公安局副局长）`   | 成员(MEMBER): 欧阳明华(县教育局局长) / 司马光明(县公安局副局长)
        `成员：阿依古丽·买买提（县妇联主席）、热合曼·吐尔逊`         | 成员(MEMBER): 阿依古丽·买买提(县妇联主席) / 热合曼·吐尔逊
        `成员：尼玛次仁、扎西多吉、格桑卓玛`                         | 成员(MEMBER): 尼玛次仁 / 扎西多吉 / 格桑卓玛
        联络员：张三 13800000000                                  | 联络员(MEMBER): 张三(13800000000)
        `联系人：王五，电话：0371-6543210，邮箱：abc@163.com`        | 联系人(MEMBER): 王五(电话：0371-6543210，邮箱：abc@163.com)
        组长：由县长担任                                          | 组长(LEADER): [县长]
        `副组长：总工程师 吴小兵、安全副矿长 何军`                   | 副组长(DEPUTY): 吴小兵(总工程师) / 何军(安全副矿长)
        `成员：安全员 陈孔辉、质检员 刘明森`                         | 成员(MEMBER): 陈孔辉(安全员) / 刘明森(质检员)
        组长：县安委会主任、县长 张三                              | 组长(LEADER): 张三(县安委会主任、县长)
        `副组长：李　四（常务副县长）　王　五（副县长）`              | 副组长(DEPUTY): 李四(常务副县长) / 王五(副县长)
        `成员：医务科 赵六、护理部 钱七`                             | 成员(MEMBER): 赵六(医务科) / 钱七(护理部)
        组长：院长 张三（主持全面工作）                            | 组长(LEADER): 张三(院长（主持全面工作）)
        `成员：县委常委、县委办主任 周强，副县长 吴斌`               | 成员(MEMBER): 周强(县委常委、县委办主任) / 吴斌(副县长)
        `组长：张三（市长）；常务副组长：李四（常务副市长）`          | 组长(LEADER): 张三(市长) + 常务副组长(DEPUTY): 李四(常务副市长)
        Chair: Cllr Jane Smith (Leader of the Council)            | Chair(LEADER): Cllr Jane Smith(Leader of the Council)
        Vice-Chairs: Dr A. Patel (Public Health) and Mr B. O'Neill (Estates) | Vice-Chairs(DEPUTY): Dr A. Patel(Public Health) / Mr B. O'Neill(Estates)
        `Members: Ms C. Lee, Head of HR; Mr D. Wong, Finance Director; Mrs E. Brown` | Members(MEMBER): Ms C. Lee(Head of HR) / Mr D. Wong(Finance Director) / Mrs E. Brown
        Members: representatives of each school                   | Members(MEMBER): [representatives of each school]
        `Members: Mary-Jane O'Connor, Peter D'Souza, Angus McDonald` | Members(MEMBER): Mary-Jane O'Connor / Peter D'Souza / Angus McDonald
        `Members: Pieter van der Berg, Maria de la Cruz`          | Members(MEMBER): Pieter van der Berg / Maria de la Cruz
        `Members: J. R. Smith, A. B. Jones`                       | Members(MEMBER): J. R. Smith / A. B. Jones
        Secretary: TBC                                            | Secretary(MEMBER): [TBC]
        Treasurer: (to be appointed)                              | Treasurer(MEMBER): [(to be appointed)]
        Secretariat: Planning Office                              | Secretariat(MEMBER): [Planning Office]
        `Lead officer: Sam Taylor, Highways Manager`              | Lead officer(LEADER): Sam Taylor(Highways Manager)
        `Chair: Dr Sarah Khan, Chief Executive, Northfield NHS Trust` | Chair(LEADER): Dr Sarah Khan(Chief Executive, Northfield NHS Trust)
        `Members: Chief Inspector Rob Stone, Kent Police`         | Members(MEMBER): Rob Stone(Chief Inspector, Kent Police)
        Convenor: Ms Aoife Ní Bhriain                             | Convenor(LEADER): Ms Aoife Ní Bhriain
        `Members: Tom Hill, 07700 900123`                         | Members(MEMBER): Tom Hill(07700 900123)
        Members: Jane Smith and Tom Hill (joint leads)            | Members(MEMBER): Jane Smith / Tom Hill(joint leads)
        Co-chairs: Jane Smith and Tom Hill                        | Co-chairs(LEADER): Jane Smith / Tom Hill
        `Project Board: Senior User – Ann Lee; Executive – Tom Hill` | Project Board(MEMBER): Ann Lee(Senior User) / Tom Hill(Executive)
        `Members: Tom Hill (Tel: 01234 567890, Email: tom.hill@council.gov.uk)` | Members(MEMBER): Tom Hill(Tel: 01234 567890, Email: tom.hill@council.gov.uk)
        """)
    void formsThatReadRightStayRight(String text, String expected) throws ModelException {
        assertEquals(expected, line(text));
    }

    /** Lines that cannot be read are a message that quotes them, never another exception. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "办公室成员：抽调各成员单位业务骨干", "成员：XXX、XXX", "成员：男、女", "办公室：办公室设在县应急管理局，王五同志兼任办公室主任",
        "成员：张三（县长", "Members: Director of Jinan Wang Li", "Members: ; Tom Hill", "成员：等5人"})
    void whatCannotBeReadIsAMessage(String text) {
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class, () -> line(text));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("roster"), e.getMessage());
    }
}
