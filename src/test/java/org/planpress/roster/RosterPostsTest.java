package org.planpress.roster;

import org.planpress.model.ModelException;
import org.planpress.model.Person;
import org.planpress.model.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How roster text tells people from posts, organisations and vacancies, in English and Chinese. */
class RosterPostsTest {

    private static String read(String text) throws ModelException {
        StringBuilder sb = new StringBuilder();
        for (Person p : RosterParser.parsePeople(text.replace("\\n", "\n").replace("\\u3000", "\u3000"))) {
            if (sb.length() > 0) sb.append(" / ");
            sb.append(p.group() ? "[" + p.name() + "]" : p.name());
            if (p.position() != null) sb.append('(').append(p.position()).append(')');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Mrs. Sandra Okafor-Williams, Assistant Director, Highways and Transport` | Mrs. Sandra Okafor-Williams(Assistant Director, Highways and Transport)
        `Mr. Paul Nguyen, Head of Estates, Facilities and Safety`     | Mr. Paul Nguyen(Head of Estates, Facilities and Safety)
        `Dr. Aisha Khan, Head of Planning, Housing and Regeneration; Mr. Ben Ode, Bursar` | Dr. Aisha Khan(Head of Planning, Housing and Regeneration) / Mr. Ben Ode(Bursar)
        `Dr Lim Wei Ling, Director (Policy)`                          | Dr Lim Wei Ling(Director (Policy))
        `Ms. Li Na, Director (Finance), Tom Hill`                     | Ms. Li Na(Director (Finance)) / Tom Hill
        `Professor Dame Elizabeth Carter-Hughes, Pro-Vice-Chancellor (Education)` | Professor Dame Elizabeth Carter-Hughes(Pro-Vice-Chancellor (Education))
        `Ms. Jane Roe, Director, Corporate Services`                  | Ms. Jane Roe(Director, Corporate Services)
        `Sister Mary Poe, Nurse Unit Manager, Ward 4B`                | Sister Mary Poe(Nurse Unit Manager, Ward 4B)
        `Commander Jane Doe, Metropolitan Police`                     | Jane Doe(Commander, Metropolitan Police)
        `Chief Superintendent Brian O'Neill, Divisional Commander`    | Brian O'Neill(Chief Superintendent, Divisional Commander)
        `Superintendent Mark Ellis, Area Commander, North Division`   | Mark Ellis(Superintendent, Area Commander, North Division)
        `Mrs. Karen D'Souza, School Social Worker`                    | Mrs. Karen D'Souza(School Social Worker)
        `Tom Hardy, Students' Union President`                        | Tom Hardy(Students' Union President)
        `Ms. Joanne D'Arcy, Clerk to the Governors`                   | Ms. Joanne D'Arcy(Clerk to the Governors)
        `Cllr Tom Waters, Chair, Highways Committee`                  | Cllr Tom Waters(Chair, Highways Committee)
        `Tom Hill, Director, Ann Lee, Deputy Director`                | Tom Hill(Director) / Ann Lee(Deputy Director)
        `Head of Estates, Facilities and Safety, Mr. John Doe`        | Mr. John Doe(Head of Estates, Facilities and Safety)
        `Head of Children's Services, Mrs. Ann Bell`                  | Mrs. Ann Bell(Head of Children's Services)
        `Wang, Li etc`                                                | Wang / Li
        `Smith, J.; Dr. Emily Carter, PhD`                            | Smith, J. / Dr. Emily Carter, PhD
        `Tom Hill, parents and carers`                                | Tom Hill / [parents and carers]
        `Sarah Ward, Head of Year 9; James Dean, Deputy Head`         | Sarah Ward(Head of Year 9) / James Dean(Deputy Head)
        `Rev. John Smith, Vicar, St Peter's Church`                   | Rev. John Smith(Vicar, St Peter's Church)
        `Peter Clark, Finance Director, and Helen Wood, HR Director`  | Peter Clark(Finance Director) / Helen Wood(HR Director)
        `Ann Smith, Jo Brown, Kate Green`                             | Ann Smith / Jo Brown / Kate Green
        `Tom Hill, Director, Finance and Ann Lee, Deputy Director`    | Tom Hill(Director, Finance) / Ann Lee(Deputy Director)
        `Tom Hill, Director of Finance and Ann Lee`                   | Tom Hill(Director of Finance) / Ann Lee
        `Jane Roe, Director, and the Heads of Department`             | Jane Roe(Director) / [the Heads of Department]
        `Tom Hill, Head of Science, English and Maths`                | Tom Hill(Head of Science, English and Maths)
        `Dr. Ngozi Okonkwo-Adeyemi, Consultant, Infectious Diseases, and Mr. Li Qiang, Lab Manager` | Dr. Ngozi Okonkwo-Adeyemi(Consultant, Infectious Diseases) / Mr. Li Qiang(Lab Manager)
        `Ms. Fatima al-Sayed, Translator`                             | Ms. Fatima al-Sayed(Translator)
        `Senior Nurse Practitioner, Ms. Amy Wong`                     | Ms. Amy Wong(Senior Nurse Practitioner)
        `Joe Bloggs, Head of Planning and Building Control, Borough Council` | Joe Bloggs(Head of Planning and Building Control, Borough Council)
        `Dr. Chen, Medical Officer of Health, Tom Hill, Nurse`        | Dr. Chen(Medical Officer of Health) / Tom Hill(Nurse)
        `Jane Smith, Director of Nursing, St Thomas' Hospital NHS Foundation Trust` | Jane Smith(Director of Nursing, St Thomas' Hospital NHS Foundation Trust)
        """)
    void anEnglishPostAfterANameRunsToTheNextPerson(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Detective Inspector Raj Patel                     | Raj Patel(Detective Inspector)
        `Detective Sergeant Amy Chan; Chief Inspector Rob Stone` | Amy Chan(Detective Sergeant) / Rob Stone(Chief Inspector)
        Deputy Chief Constable Sarah Miles                | Sarah Miles(Deputy Chief Constable)
        Assistant Commissioner Helen Ball                 | Helen Ball(Assistant Commissioner)
        Finance/Admin – Ms. Rachel Kim                    | Ms. Rachel Kim(Finance/Admin)
        Planning Manager – Mr. Jon Reyes                  | Mr. Jon Reyes(Planning Manager)
        Divisional Commander                              | [Divisional Commander]
        `Ms. Sarah Jones – Head of Finance, Procurement and Contracts` | Ms. Sarah Jones(Head of Finance, Procurement and Contracts)
        """)
    void aRankOrPostBeforeANameIsItsPosition(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `John Brown, Director of Operations\\nMary Lee, Head of Human\\nResources\\nTom Green` | John Brown(Director of Operations) / Mary Lee(Head of Human Resources) / Tom Green
        `Ann Bell, Head of Quality\\nRob Stone, Chief Engineer`   | Ann Bell(Head of Quality) / Rob Stone(Chief Engineer)
        `Ann Lee, Head of HR\\nDirector of Adult Social Care\\nMs. Jane Roe` | Ann Lee(Head of HR) / Ms. Jane Roe(Director of Adult Social Care)
        `Tom Green\\nDirector of Adult Social Care`               | Tom Green(Director of Adult Social Care)
        `Bob Smith, Facilities Manager\\nJane Doe, Deputy Head (Pastoral)` | Bob Smith(Facilities Manager) / Jane Doe(Deputy Head (Pastoral))
        `the Police\\nthe Fire Service`                            | [the Police] / [the Fire Service]
        """)
    void aWrappedLineThatIsNoPersonContinuesThePostAbove(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Anglian Water; the State Emergency Service; Sarah Ward` | [Anglian Water] / [the State Emergency Service] / Sarah Ward
        `Kent Fire and Rescue Service; the Environment Agency`  | [Kent Fire and Rescue Service] / [the Environment Agency]
        `Tom Green\\nMembers include representatives from the NHS Trust, the Fire and Rescue Service and the Police.` | Tom Green / [representatives from the NHS Trust, the Fire and Rescue Service and the Police]
        `Ann Lee\\nThe committee also includes a parent governor, the school nurse and two pupils` | Ann Lee / [a parent governor, the school nurse and two pupils]
        """)
    void organisationsAndMembershipSentencesAreGroups(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Members include representatives from the NHS Trust, the Fire and Rescue Service and the Police.` | [representatives from the NHS Trust, the Fire and Rescue Service and the Police]
        `Members include Tom Hill, Ann Lee and Bob Smith`     | Tom Hill / Ann Lee / Bob Smith
        `including Tom Hill (Chair), Ann Lee`                 | Tom Hill(Chair) / Ann Lee
        """)
    void aMembershipLineNamesItsPeopleOrIsOneGroup(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @org.junit.jupiter.api.Test
    void aMembershipLineUnderALeaderIsAnErrorOnItsLine() {
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
            () -> RosterParser.parseRoles("Chair", "Mrs. Hannah Price\nMembers include representatives from the NHS Trust"));
        assertEquals(1, e.line());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Mdm Siti Nurhaliza binte Abdullah                  | Mdm Siti Nurhaliza binte Abdullah
        Mr Rajesh s/o Kumar                                | Mr Rajesh s/o Kumar
        Ms Priya d/o Raman                                 | Ms Priya d/o Raman
        `Mr Muthu a/l Raju; Ms Devi a/p Rama; Omar al-Farouk` | Mr Muthu a/l Raju / Ms Devi a/p Rama / Omar al-Farouk
        `Ms Nur Aini binti Yusof, Clerk to the Board`      | Ms Nur Aini binti Yusof(Clerk to the Board)
        `Mr Arun a/l Suppiah, Chief Engineer, Water Supply` | Mr Arun a/l Suppiah(Chief Engineer, Water Supply)
        """)
    void namesWithParticlesArePeople(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Vacant (to be appointed)     | [Vacant (to be appointed)]
        `Tom Hill; TBC (Finance)`    | Tom Hill / [TBC (Finance)]
        待定（县长）                   | [待定（县长）]
        空缺                          | [空缺]
        """)
    void aVacancyNamesNoOne(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        支队长 郭振兴                          | 郭振兴(支队长)
        车队长 刘明                            | 刘明(车队长)
        王局长                                 | 王局长
        林场长 王五                            | 王五(林场长)
        `王局长、李科长`                        | 王局长 / 李科长
        `张三\u3000县长\n\u3000\u3000\u3000镇长\u3000\u3000\u3000\u3000司马南` | 张三(县长) / 司马南(镇长)
        `张三\u3000县长\n\u3000\u3000镇长\u3000\u3000司马南\n\u3000\u3000副镇长\u3000\u3000李四` | 张三(县长) / 司马南(镇长) / 李四(副镇长)
        `王芳\u3000县长\u3000\u3000镇长\u3000\u3000刘强` | 王芳(县长) / 刘强(镇长)
        党委副书记 买买提·吐尔逊 教授           | 买买提·吐尔逊(党委副书记、教授)
        院长 陈明 研究员                        | 陈明(院长、研究员)
        院长 陈明 研究员 副院长 李华            | 陈明(院长、研究员) / 李华(副院长)
        心理健康教育中心主任 刘芳副教授         | 刘芳(心理健康教育中心主任、副教授)
        校医院院长 张华医生                     | 张华(校医院院长、医生)
        科研处处长 赵敏博士                     | 赵敏(科研处处长、博士)
        李四（副县长）兼办公室主任               | 李四(副县长兼办公室主任)
        王五 县长兼县委副书记                    | 王五(县长兼县委副书记)
        张三（县长）兼（县委副书记）              | 张三(县长兼县委副书记)
        县委书记张三同志                        | 张三(县委书记)
        陈刚兼任办公室主任、王芳                 | 陈刚(办公室主任) / 王芳
        """)
    void chinesePostsTitlesAndNames(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        各社区党委书记、居委会主任     | [各社区党委书记] / [居委会主任]
        团委、妇联、县工会             | [团委] / [妇联] / [县工会]
        县红十字会、教务科、王建会      | [县红十字会] / [教务科] / 王建会
        村委会主任 王刚                | 王刚(村委会主任)
        王科、李会                     | 王科 / 李会
        """)
    void chineseOrganisationsAreNoNames(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    private static String roles(String title, String text) throws ModelException {
        StringBuilder sb = new StringBuilder();
        for (Role r : RosterParser.parseRoles(title, text.replace("\\u3000", "\u3000"))) {
            if (sb.length() > 0) sb.append(" + ");
            sb.append(r.title()).append(": ");
            for (Person p : r.people()) sb.append(p.name()).append(p.position() == null ? "" : "(" + p.position() + ")").append(' ');
        }
        return sb.toString().strip();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        组长 | `县长\u3000王五同志任组长`   | 组长: 王五(县长)
        组长 | 县长王五任组长                | 组长: 王五(县长)
        成员 | 李四任办公室主任              | 成员: 李四(办公室主任)
        """)
    void theRoleSaidAgainAfterANameIsDropped(String title, String text, String expected) throws ModelException {
        assertEquals(expected, roles(title, text));
    }

    @org.junit.jupiter.api.Test
    void anotherRoleSaidAfterANameIsAnError() {
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
            () -> RosterParser.parseRoles("组长", "王五同志担任副组长"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("副组长"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void whereTheOfficeIsIsAnErrorOnItsLine() {
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
            () -> RosterParser.parseRoles("办公室", "设在安质部，陈刚兼任办公室主任"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("设在安质部"), e.getMessage());
        ModelException later = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
            () -> RosterParser.parseRoles("成员", "张三、李四\n王五\n办公室设在县应急局，负责日常工作"));
        assertEquals(2, later.line());
    }
}
