package org.planpress.roster;

import org.planpress.model.ModelException;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.RoleKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterParserTest {

    @Test
    void seedRosterWithPositionsSeparatedBySemicolons() throws ModelException {
        assertEquals(List.of(
                new Person("Zhang Jianjun", "Deputy Director"),
                new Person("Hao Xinli", "Deputy Director"),
                new Person("Duan Haijun", "Deputy Director")),
            RosterParser.parsePeople("Zhang Jianjun (Deputy Director); Hao Xinli (Deputy Director); Duan Haijun (Deputy Director)"));
    }

    @Test
    void positionIsOptional() throws ModelException {
        assertEquals(List.of(new Person("He Zhanjun", null), new Person("Chen Task", null), new Person("Mi Yongjin", null)),
            RosterParser.parsePeople("He Zhanjun; Chen Task; Mi Yongjin"));
        assertEquals(List.of(new Person("Zuo Zhenyuan", "Deputy Project Manager"), new Person("Yan Tao", null)),
            RosterParser.parsePeople("Zuo Zhenyuan (Deputy Project Manager);Yan Tao"));
    }

    @Test
    void commasSeparatePeopleWhenThereAreNoParentheses() throws ModelException {
        assertEquals(List.of(new Person("Chen Konghui", null), new Person("Liu Mingsen", null), new Person("Yu Senzhong", null)),
            RosterParser.parsePeople("Chen Konghui, Liu Mingsen, Yu Senzhong."));
        assertEquals(List.of(new Person("赵强", null), new Person("陈静", null)), RosterParser.parsePeople("赵强，陈静"));
    }

    @Test
    void commasInsideParenthesesStayInThePosition() throws ModelException {
        assertEquals(List.of(new Person("Wang Shubin", "Director, Safety Office"), new Person("Li Ming", null)),
            RosterParser.parsePeople("Wang Shubin (Director, Safety Office); Li Ming"));
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplit() throws ModelException {
        assertEquals(List.of(new Person("Wang", "Director; acting")), RosterParser.parsePeople("Wang (Director; acting)"));
    }

    @Test
    void chineseSeparatorsAndFullWidthParentheses() throws ModelException {
        assertEquals(List.of(new Person("李明", "副总经理"), new Person("王芳", "安全总监")),
            RosterParser.parsePeople("李明（副总经理）；王芳（安全总监）"));
        assertEquals(List.of(new Person("赵强", null), new Person("陈静", null), new Person("库热西·买合苏提", null), new Person("刘洋", null)),
            RosterParser.parsePeople("赵强、陈静、库热西·买合苏提、刘洋"));
        assertEquals(List.of(new Person("张建国", "总经理")), RosterParser.parsePeople("张建国（总经理）"));
    }

    @Test
    void mixedParenthesisWidthsMatch() throws ModelException {
        assertEquals(new Person("张三", "组长"), RosterParser.parsePerson("张三（组长)"));
        assertEquals(new Person("Li", "Head (acting)"), RosterParser.parsePerson("Li (Head (acting))"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"库热西·买合苏提", "库热西•买合苏提", "库热西‧买合苏提", "阿依古丽・吐尔逊"})
    void namesKeepTheirMiddleDot(String name) throws ModelException {
        assertEquals(List.of(new Person(name, "成员")), RosterParser.parsePeople(name + "（成员）"));
    }

    @Test
    void trimsWhitespaceAndATrailingPeriod() throws ModelException {
        assertEquals(new Person("Wang Jinxuan", "Project Manager"), RosterParser.parsePerson("  Wang   Jinxuan ( Project  Manager ).  "));
        assertEquals(new Person("刘洋", null), RosterParser.parsePerson("刘洋。"));
        assertEquals(new Person("Wang", null), RosterParser.parsePerson("Wang ()"));
    }

    @Test
    void aTrailingSeparatorIsTolerated() throws ModelException {
        assertEquals(List.of(new Person("A", null), new Person("B", null)), RosterParser.parsePeople("A; B;"));
        assertEquals(List.of(new Person("赵强", null)), RosterParser.parsePeople("赵强、"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A;;B", "; A", "A; ;B", "A、、B", "A, , B", "A;；B"})
    void emptyItemsBetweenSeparatorsAreErrors(String description) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople(description));
        assertTrue(e.getMessage().contains("roster item with no name"), e.getMessage());
        assertTrue(e.getMessage().contains('"' + description.strip() + '"'), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Project Manager)", "（项目经理）", " ", "·", "."})
    void anItemWithNoNameIsAnError(String item) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePerson(item));
        assertTrue(e.getMessage().contains("roster item with no name"), e.getMessage());
    }

    @Test
    void aPositionWithoutNameInsideAListIsAnError() {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople("Wang Shubin; (Project Manager)"));
        assertTrue(e.getMessage().contains("\"(Project Manager)\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "."})
    void anEmptyDescriptionListsNoNames(String description) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople(description));
        assertEquals("roster role lists no names", e.getMessage());
    }

    @Test
    void parseRoleNamesTheRoleInErrors() {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parseRole("Members", " "));
        assertEquals("roster role \"Members\" lists no names", e.getMessage());
        e = assertThrows(ModelException.class, () -> RosterParser.parseRole("成员", "赵强；；陈静"));
        assertTrue(e.getMessage().startsWith("roster role \"成员\" has a roster item with no name"), e.getMessage());
    }

    @Test
    void parseRoleReadsKindAndPeople() throws ModelException {
        Role role = RosterParser.parseRole(" Deputy team leaders ", "Zhang Jianjun (Deputy Director); Hao Xinli");
        assertEquals("Deputy team leaders", role.title());
        assertEquals(RoleKind.DEPUTY, role.kind());
        assertEquals(2, role.people().size());
        assertEquals(RoleKind.LEADER, RosterParser.parseRole("组长", "张建国（总经理）").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wang (Director", "Wang Director)", "Wang (Director))", "Wang (Director); Li)"})
    void unbalancedParenthesesAreErrors(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople(text));
        assertTrue(e.getMessage().contains("unbalanced parentheses"), e.getMessage());
    }

    @Test
    void aSecondParenthesisAfterThePositionAddsToIt() throws ModelException {
        assertEquals(List.of(new Person("Wang", "Director, acting"), new Person("Li", null)),
            RosterParser.parsePeople("Wang (Director) (acting), Li"));
        assertEquals(List.of(new Person("张三", "县长，兼")), RosterParser.parsePeople("张三（县长）（兼）"));
        assertEquals(List.of(new Person("Wang", "Director"), new Person("Li", "Deputy")),
            RosterParser.parsePeople("Wang (Director), Li (Deputy)"), "commas separate people with positions too");
    }

    @Test
    void peopleListIsImmutable() throws ModelException {
        List<Person> people = RosterParser.parsePeople("A; B");
        assertThrows(UnsupportedOperationException.class, () -> people.add(new Person("C", null)));
    }

    @Test
    void personWithoutPositionHasNullPosition() throws ModelException {
        assertNull(RosterParser.parsePerson("Han Weipeng").position());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Team leader              | LEADER
        Group Leader             | LEADER
        Leaders                  | LEADER
        Head                     | LEADER
        Chair                    | LEADER
        Chairman                 | LEADER
        DIRECTOR                 | LEADER
        Deputy team leaders      | DEPUTY
        Deputy group leaders     | DEPUTY
        Vice Chairman            | DEPUTY
        vice-chair               | DEPUTY
        Deputy Director          | DEPUTY
        Members                  | MEMBER
        Member                   | MEMBER
        Secretary                | MEMBER
        Leadership group members | MEMBER
        Office staff             | MEMBER
        组长                      | LEADER
        领导小组组长               | LEADER
        办公室主任                 | MEMBER
        领导小组办公室副主任         | MEMBER
        Office director          | MEMBER
        主任                      | LEADER
        召集人                     | LEADER
        副召集人                   | DEPUTY
        Convener                 | LEADER
        主席                      | LEADER
        负责人                    | LEADER
        副组长                    | DEPUTY
        副主任                    | DEPUTY
        副主席                    | DEPUTY
        成员                      | MEMBER
        组员                      | MEMBER
        联络员                    | MEMBER
        """)
    void roleKindFromTitle(String title, RoleKind expected) {
        assertEquals(expected, RoleKind.of(title));
    }
    // --- issue 18: roster forms as offices write them ------------------------------------------------

    /** People as "name(position)" joined by " / ", groups marked "[...]". */
    private static String render(List<Person> people) {
        StringBuilder sb = new StringBuilder();
        for (Person p : people) {
            if (sb.length() > 0) sb.append(" / ");
            sb.append(p.group() ? "[" + p.name() + "]" : p.name());
            if (p.position() != null) sb.append('(').append(p.position()).append(')');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # --- telephone numbers and e-mail addresses go with the person before them
        张三 13812345678                          | 张三(13812345678)
        张三（县长） 联系电话：0591-12345678          | 张三(县长，联系电话：0591-12345678)
        张三（县长），电话13812345678                | 张三(县长，电话13812345678)
        张三（县长）、李四（副县长，手机：13900001111）  | 张三(县长) / 李四(副县长，手机：13900001111)
        'Jane Smith, Principal, tel. 0123 456789' | Jane Smith(Principal, tel. 0123 456789)
        J. Smith <j.smith@example.org>            | J. Smith(j.smith@example.org)
        'Tom Hill, email: t.hill@example.org; Ann Lee' | Tom Hill(email: t.hill@example.org) / Ann Lee
        # --- what the role is made of, the order of the list, who serves
        由各成员单位分管领导组成                      | [各成员单位分管领导]
        成员为各科室负责人                           | [各科室负责人]
        （按姓氏笔画排序）王五、李四                    | 王五 / 李四
        县长张三同志担任                             | 张三(县长)
        'Members include the heads of all departments' | [the heads of all departments]
        'made up of Tom Hill and Ann Lee'          | Tom Hill / Ann Lee
        # --- a post, then the name after a comma; plural posts of a school
        'The Headteacher, Mrs. P. Evans'           | Mrs. P. Evans(Headteacher)
        Heads of Year 7–11                        | [Heads of Year 7–11]
        Year leaders and the SENCo                | [Year leaders] / [the SENCo]
        # --- one word before a post after a comma belongs to the post, whatever the word
        'Mr. T. Hill, Business Manager'           | Mr. T. Hill(Business Manager)
        'Tom Hill, Sustainability Manager; Ann Lee' | Tom Hill(Sustainability Manager) / Ann Lee
        'Zhang San, Li Si Director'               | Zhang San / Li Si(Director)
        # --- a conjunction after a separator starts nothing new
        张三（县教育局局长），以及各乡镇分管领导         | 张三(县教育局局长) / [各乡镇分管领导]
        'Tom Hill; and Ann Lee'                  | Tom Hill / Ann Lee
        和平、张三                                 | 和平 / 张三
        """)
    void contactsWrappersAndSchoolPosts(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    private static String read(String text) throws ModelException {
        return render(RosterParser.parsePeople(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        组长                     | 组长        | LEADER
        组 长                    | 组长        | LEADER
        组  长                   | 组长        | LEADER
        组\u3000\u3000长          | 组长        | LEADER
        副 组 长                 | 副组长      | DEPUTY
        成\u3000员                | 成员        | MEMBER
        【副总指挥】             | 副总指挥    | DEPUTY
        Incident commander       | Incident commander | LEADER
        Deputy commander         | Deputy commander | DEPUTY
        【 总 指 挥 】           | 总指挥      | LEADER
        [组长]                   | 组长        | LEADER
        〔成员〕                 | 成员        | MEMBER
        〖组长〗                 | 组长        | LEADER
        ［副组长］               | 副组长      | DEPUTY
        组长：                   | 组长        | LEADER
        组员                     | 组员        | MEMBER
        队员                     | 队员        | MEMBER
        委员                     | 委员        | MEMBER
        主任委员                 | 主任委员    | LEADER
        常务副组长               | 常务副组长  | DEPUTY
        Group  leader            | Group leader | LEADER
        [Deputy Team Leaders]    | Deputy Team Leaders | DEPUTY
        Members:                 | Members     | MEMBER
        Team members             | Team members | MEMBER
        Assistant team leader    | Assistant team leader | DEPUTY
        Associate Director       | Associate Director | DEPUTY
        「組長」                 | 組長        | LEADER
        總 指 揮                 | 總指揮      | LEADER
        《成员》                 | 成员        | MEMBER
        """)
    void roleLabelsLoseTheirPaddingAndBrackets(String label, String title, RoleKind kind) throws ModelException {
        String l = label.replace("\\u3000", "\u3000");
        assertEquals(title, RosterParser.roleTitle(l));
        assertEquals(kind, RoleKind.of(l));
        Role role = RosterParser.parseRole(l, "张三");
        assertEquals(title, role.title());
        assertEquals(kind, role.kind());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        张三  李四  王五                 | 张三 / 李四 / 王五
        张三\u3000李四\u3000王五           | 张三 / 李四 / 王五
        张三 李四、王五                  | 张三 / 李四 / 王五
        张三，李四；王五                 | 张三 / 李四 / 王五
        张三和李四                       | 张三 / 李四
        张三、李四和王五                 | 张三 / 李四 / 王五
        张三及李四                       | 张三 / 李四
        张三与李四                       | 张三 / 李四
        张三 和 李四                     | 张三 / 李四
        王和平、李与同                   | 王和平 / 李与同
        Zhang San and Li Si              | Zhang San / Li Si
        Zhang San, Li Si and Wang Wu     | Zhang San / Li Si / Wang Wu
        Zhang San & Li Si                | Zhang San / Li Si
        Anderson Smith and Sandra Anders | Anderson Smith / Sandra Anders
        Wang Jinxuan                     | Wang Jinxuan
        Wang   Jinxuan                   | Wang Jinxuan
        Li Ming (Research and Development Manager) and Wang Fang | Li Ming(Research and Development Manager) / Wang Fang
        Research and Development Manager Li Ming | Li Ming(Research and Development Manager)
        Health and Safety Officer Li Ming and Wang Fang | Li Ming(Health and Safety Officer) / Wang Fang
        张三（县长）  李四（副县长）     | 张三(县长) / 李四(副县长)
        Wang Jinxuan (Project Manager) and Zuo Zhenyuan (Deputy Project Manager) | Wang Jinxuan(Project Manager) / Zuo Zhenyuan(Deputy Project Manager)
        张三、李四、王五等               | 张三 / 李四 / 王五
        张三同志、李四同志               | 张三 / 李四
        张三、李四、钱七（以姓氏笔画为序） | 张三 / 李四 / 钱七
        张三、李四（排名不分先后）       | 张三 / 李四
        Wang Fang, Li Na (in alphabetical order) | Wang Fang / Li Na
        Zhang Wei, Wang Fang, and Li Na  | Zhang Wei / Wang Fang / Li Na
        Director Li Na and Deputy Director Wang Fang | Li Na(Director) / Wang Fang(Deputy Director)
        Tom Anderson and Research and Development Manager Jane Doe | Tom Anderson / Jane Doe(Research and Development Manager)
        Li Na and Deputy Director Wang Fang | Li Na / Wang Fang(Deputy Director)
        张三（组长）李四（副组长）       | 张三(组长) / 李四(副组长)
        """)
    void peopleSeparatedBySpacesPunctuationOrConjunctions(String text, String expected) throws ModelException {
        assertEquals(expected, read(text.replace("\\u3000", "\u3000")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        刘 洋                 | 刘洋
        许  强                | 许强
        刘\u3000洋             | 刘洋
        刘 洋、许  强         | 刘洋 / 许强
        刘 洋  许  强  王五   | 刘洋 / 许强 / 王五
        张 三 丰              | 张三丰
        王 小明               | 王小明
        欧阳 娜娜             | 欧阳娜娜
        阿不都 · 热合曼       | 阿不都·热合曼
        李 明（副组长）       | 李明(副组长)
        """)
    void paddedChineseNamesAreOneName(String text, String expected) throws ModelException {
        assertEquals(expected, read(text.replace("\\u3000", "\u3000")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        李卫国 副市长                                  | 李卫国(副市长)
        阿不都·热合曼 市政府副秘书长 张建 市安监局局长 | 阿不都·热合曼(市政府副秘书长) / 张建(市安监局局长)
        张三 县委书记  李四 县长                        | 张三(县委书记) / 李四(县长)
        张三 县委书记、李四 县长                        | 张三(县委书记) / 李四(县长)
        王芳 安全总监                                  | 王芳(安全总监)
        赵强 办公室主任                                | 赵强(办公室主任)
        陈静 项目经理                                  | 陈静(项目经理)
        吴一 团委干事                                  | 吴一(团委干事)
        郑二 学校校医                                  | 郑二(学校校医)
        冯三 工会主席                                  | 冯三(工会主席)
        孙七 安全员                                     | 孙七(安全员)
        周八 工程师                                   | 周八(工程师)
        李四 常务副县长                                 | 李四(常务副县长)
        张三——县长                                     | 张三(县长)
        张三：县长                                     | 张三(县长)
        张三，县委书记；李四，县长                     | 张三(县委书记) / 李四(县长)
        张三 县安监局                                  | 张三(县安监局)
        李卫国副市长                                   | 李卫国(副市长)
        李明副总经理                                   | 李明(副总经理)
        Wang Jinxuan Project Manager                   | Wang Jinxuan(Project Manager)
        Wang Jinxuan, Project Manager                  | Wang Jinxuan(Project Manager)
        Wang Jinxuan - Project Manager                 | Wang Jinxuan(Project Manager)
        Li Ming, head of the Safety Office             | Li Ming(head of the Safety Office)
        Zhang San Chief Engineer Li Si Safety Officer  | Zhang San(Chief Engineer) / Li Si(Safety Officer)
        张三 县委副书记、县长、李四 副县长             | 张三(县委副书记、县长) / 李四(副县长)
        张三老师、李四同志                             | 张三(老师) / 李四
        王局长                                         | 王局长
        李四 县长助理                                  | 李四(县长助理)
        王五 县人大常委会副主任                        | 王五(县人大常委会副主任)
        Li Ming, Vice-Principal                        | Li Ming(Vice-Principal)
        Wang Li (Director) Zhang San (Deputy Director) | Wang Li(Director) / Zhang San(Deputy Director)
        Wang Li – Director                             | Wang Li(Director)
        John Smith – Facilities Manager                | John Smith(Facilities Manager)
        Facilities Manager – John Smith                | John Smith(Facilities Manager)
        Smith, J.; Jones, M. K.                        | Smith, J. / Jones, M. K
        Smith, J., Jones, M., Lee, K.                  | Smith, J. / Jones, M. / Lee, K
        张三 县委副书记 县长                           | 张三(县委副书记 县长)
        李四 副县长（兼）                              | 李四(副县长（兼）)
        赵六 县委常委、宣传部长                        | 赵六(县委常委、宣传部长)
        Wang Li Director (acting)                      | Wang Li(Director (acting))
        Wang Li, Director, Chief Engineer              | Wang Li(Director, Chief Engineer)
        """)
    void nameThenPostWithoutParentheses(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        副县长王某某                                 | 王某某(副县长)
        县长李四                                     | 李四(县长)
        县委副书记王明、县长张伟                     | 王明(县委副书记) / 张伟(县长)
        县长 张三  副县长 李四                       | 张三(县长) / 李四(副县长)
        主任委员 王五                                | 王五(主任委员)
        副县长阿不都·热合曼                          | 阿不都·热合曼(副县长)
        Project Manager Wang Jinxuan                 | Wang Jinxuan(Project Manager)
        Deputy Project Manager Zuo Zhenyuan          | Zuo Zhenyuan(Deputy Project Manager)
        Principal Li Ming                            | Li Ming(Principal)
        县长 县委书记 张三                           | 张三(县长 县委书记)
        县委副书记、县长 黄海                        | 黄海(县委副书记、县长)
        县委常委、常务副县长 张三                    | 张三(县委常委、常务副县长)
        矿长 马建国 总工程师 吴小兵                  | 马建国(矿长) / 吴小兵(总工程师)
        安全副矿长 何军                              | 何军(安全副矿长)
        Vice Principal Li Na; Dean of Students Wang Fang | Li Na(Vice Principal) / Wang Fang(Dean of Students)
        Mine Manager Ma Jianguo; Chief Engineer Wu Xiaobing | Ma Jianguo(Mine Manager) / Wu Xiaobing(Chief Engineer)
        Safety Officer: Li Ming                      | Li Ming(Safety Officer)
        Director of the Safety Office Zhang San      | Zhang San(Director of the Safety Office)
        Director of Jinan Mine Safety Office Wang Li | Wang Li(Director of Jinan Mine Safety Office)
        """)
    void postThenName(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        各村支部书记                     | [各村支部书记]
        全体班主任                       | [全体班主任]
        各部门负责人                     | [各部门负责人]
        由县长担任                       | [县长]
        由分管副县长兼任                  | [分管副县长]
        由县长、分管副县长担任             | [县长] / [分管副县长]
        由张三同志担任                    | 张三
        所有成员                         | [所有成员]
        相关部门负责人                   | [相关部门负责人]
        各乡镇镇长及县直各部门主要负责人 | [各乡镇镇长及县直各部门主要负责人]
        各年级组长、各班班主任           | [各年级组长] / [各班班主任]
        县教育局局长、县卫生局局长       | [县教育局局长] / [县卫生局局长]
        县教育局、县人民医院             | [县教育局] / [县人民医院]
        张三、各村支部书记               | 张三 / [各村支部书记]
        heads of all departments         | [heads of all departments]
        all team leaders                 | [all team leaders]
        Heads of all departments and units | [Heads of all departments and units]
        All class teachers               | [All class teachers]
        Department heads                 | [Department heads]
        each school principal            | [each school principal]
        the Safety Department            | [the Safety Department]
        Class teachers of Grade 7        | [Class teachers of Grade 7]
        Wang Li and all team leaders     | Wang Li / [all team leaders]
        县委办主任、县政府办主任         | [县委办主任] / [县政府办主任]
        邵阳市副市长、黄山市副市长       | [邵阳市副市长] / [黄山市副市长]
        张三（县长）、县委办主任         | 张三(县长) / [县委办主任]
        Heads of departments             | [Heads of departments]
        七年级2班 班主任                 | [七年级2班 班主任]
        各村（社区）党支部书记           | [各村（社区）党支部书记]
        全矿干部职工、全校师生           | [全矿干部职工] / [全校师生]
        全红婵、全校师生                 | 全红婵 / [全校师生]
        医务科科长、护理部主任、各临床科室主任 | [医务科科长] / [护理部主任] / [各临床科室主任]
        医务科、护理部、院感科、药剂科负责人 | [医务科] / [护理部] / [院感科] / [药剂科负责人]
        财务科、保卫科、信息中心         | [财务科] / [保卫科] / [信息中心]
        安全股、人事股                   | [安全股] / [人事股]
        李科、王股                       | 李科 / 王股
        Heads of the Safety, Production and Equipment Departments | [Heads of the Safety, Production and Equipment Departments]
        初三(1)班班主任                  | [初三(1)班班主任]
        Representatives from each village | [Representatives from each village]
        heads of the departments concerned | [heads of the departments concerned]
        directors of the township health centres | [directors of the township health centres]
        """)
    void groupsAreNotPeople(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        'Head of Science (Mr. Lee), Head of PE (Ms. Chan)'        | Mr. Lee(Head of Science) / Ms. Chan(Head of PE)
        副校长（张三）                                             | 张三(副校长)
        县教育局（牵头）                                           | [县教育局（牵头）]
        'Liu Yang, Head of Finance; Chen Jing, Head of HR'        | Liu Yang(Head of Finance) / Chen Jing(Head of HR)
        'Zhou Min, Head of Human Resources'                       | Zhou Min(Head of Human Resources)
        李副校长、张主任                                           | 李副校长 / 张主任
        县政府办、县教育局主要负责同志                               | [县政府办] / [县教育局主要负责同志]
        'Mrs. Jane Doe – Headteacher'                             | Mrs. Jane Doe(Headteacher)
        'Mr. John Roe, Deputy Headteacher'                        | Mr. John Roe(Deputy Headteacher)
        'Site Manager; School Nurse; Safeguarding Lead'           | [Site Manager] / [School Nurse] / [Safeguarding Lead]
        'Dr. Emily Carter, PhD; Prof. Raj Patel'                  | Dr. Emily Carter, PhD / Prof. Raj Patel
        'Jane Smith, MBA, Project Manager'                        | Jane Smith, MBA(Project Manager)
        董事长 陈建华                                              | 陈建华(董事长)
        'the Office of Safety (Ms. K. Patel)'                     | Ms. K. Patel(the Office of Safety)
        'Department of Education, Bureau of Roads'               | [Department of Education] / [Bureau of Roads]
        'Deputy Harbour Master Ann Fox and Safety Officer Raj Patel' | Ann Fox(Deputy Harbour Master) / Raj Patel(Safety Officer)
        秘书长 王五、护士长 李梅                                     | 王五(秘书长) / 李梅(护士长)
        """)
    void postsWithTheirHolderInParenthesesAndPostsOfAField(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @Test
    void groupsAreFlagged() throws ModelException {
        Person g = RosterParser.parsePeople("全体班主任").get(0);
        assertTrue(g.group());
        assertNull(g.position());
        assertEquals(Person.group("全体班主任"), g);
        assertFalse(RosterParser.parsePeople("张三").get(0).group());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        李四、王五、\\n赵六、孙七              | 李四 / 王五 / 赵六 / 孙七
        李四、王五\\n赵六、孙七                | 李四 / 王五 / 赵六 / 孙七
        张三  李四\\n  王五  赵六              | 张三 / 李四 / 王五 / 赵六
        Chen Konghui; Liu Mingsen;\\nZeng Xianyong | Chen Konghui / Liu Mingsen / Zeng Xianyong
        Chen Konghui; Ou\\nGuochun; Liu Mingsen  | Chen Konghui / Ou Guochun / Liu Mingsen
        Zhang Jianjun, Deputy\\nDirector; Hao Xinli | Zhang Jianjun(Deputy Director) / Hao Xinli
        Chen Konghui, Liu Mingsen and\\nZeng Xianyong | Chen Konghui / Liu Mingsen / Zeng Xianyong
        Zhang Jianjun (Deputy\\nDirector); Hao Xinli | Zhang Jianjun(Deputy Director) / Hao Xinli
        """)
    void aListWrappedOntoTheNextLineContinues(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"阿不都热合曼", "张", "李四、王", "张三 李", "Director of Jinan Wang Li",
        "主任由李四兼任"})
    void whatCannotBeReadIsAnErrorThatQuotesTheTextAndSaysWhatIsExpected(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parseRole("成员", text));
        assertTrue(e.getMessage().startsWith("roster role \"成员\" cannot read \""), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + text + "\"") || e.getMessage().contains("\"" + text.substring(text.lastIndexOf('、') + 1) + "\""),
            e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX（校长）", "×××", "＿＿＿", "***、李四", "Director XX"})
    void blanksLeftInATemplateAreErrors(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople(text));
        assertTrue(e.getMessage().contains("blank left in a template"), e.getMessage());
    }

    @Test
    void errorsForChineseNamesSayHowNamesAreWritten() {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople("阿不都热合曼"));
        assertTrue(e.getMessage().contains("middle dot") && e.getMessage().contains("write people as"), e.getMessage());
        e = assertThrows(ModelException.class, () -> RosterParser.parsePeople("李四、王"));
        assertTrue(e.getMessage().contains("single character"), e.getMessage());
    }

    @Test
    void longLinesAreReadQuickly() {
        String han = "张三和李四、".repeat(2000) + "阿".repeat(5000);
        String latin = "Wang and Li of the Safety ".repeat(2000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertThrows(ModelException.class, () -> RosterParser.parsePeople(han));
            RosterParser.parsePeople(latin.strip());
            RosterParser.parsePeople("和".repeat(20000));
        });
    }

    @Test
    void parsePersonRefusesSeveralPeople() {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePerson("张三  李四"));
        assertTrue(e.getMessage().contains("lists 2 people"), e.getMessage());
    }
    // --- roster lines an independent tester found read wrong ----------------------------------------

    /** The roles of a text as "title(KIND): people" joined by " | ". */
    private static String roles(String title, String text) throws ModelException {
        StringBuilder sb = new StringBuilder();
        for (Role r : RosterParser.parseRoles(title, text.replace("\\n", "\n").replace("\\u3000", "\u3000").replace("\\u2003", "\u2003"))) {
            if (sb.length() > 0) sb.append(" + ");
            sb.append(r.title()).append('(').append(r.kind()).append("): ").append(render(r.people()));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}：{1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        组长   | 王建国；副组长：李明                                   | 组长(LEADER): 王建国 + 副组长(DEPUTY): 李明
        组长   | 王建国\u3000县委书记\u3000\u3000副组长：李明\u3000县长     | 组长(LEADER): 王建国(县委书记) + 副组长(DEPUTY): 李明(县长)
        组长   | 王建国（县长）；【副组长】：李明、张华                    | 组长(LEADER): 王建国(县长) + 副组长(DEPUTY): 李明 / 张华
        组长   | 王建国，副 组 长：李明；成　员：张华、刘强                | 组长(LEADER): 王建国 + 副组长(DEPUTY): 李明 + 成员(MEMBER): 张华 / 刘强
        成员   | 张华、刘强\\n办公室主任：李明                            | 成员(MEMBER): 张华 / 刘强 + 办公室主任(MEMBER): 李明
        Leader | Tom Hill; Deputy Leader: Ann Lee                      | Leader(LEADER): Tom Hill + Deputy Leader(DEPUTY): Ann Lee
        Chair  | `Ann Lee (Head of Science), Secretary: Tom Hill`      | Chair(LEADER): Ann Lee(Head of Science) + Secretary(MEMBER): Tom Hill
        成员   | 张三：县长                                             | 成员(MEMBER): 张三(县长)
        Members | Safety Officer: Li Ming                              | Members(MEMBER): Li Ming(Safety Officer)
        """)
    void aRoleLabelAfterASeparatorStartsARole(String title, String text, String expected) throws ModelException {
        assertEquals(expected, roles(title, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"王建国；副组长：李明", "Tom Hill; Deputy Leader: Ann Lee"})
    void parsePeopleRefusesASecondRoleInsteadOfReadingItAsPeople(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parseRole("组长", text));
        assertTrue(e.getMessage().contains("holds a second role") && e.getMessage().contains("on a line of its own"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        李明副县长、张华常委                 | 李明(副县长) / 张华(常委)
        王建国县长                         | 王建国(县长)
        王芳安全总监、刘强安全员、陈静项目经理  | 王芳(安全总监) / 刘强(安全员) / 陈静(项目经理)
        周八工程师、李明秘书长、刘洋局长       | 周八(工程师) / 李明(秘书长) / 刘洋(局长)
        欧阳明月县长、王小明校长             | 欧阳明月(县长) / 王小明(校长)
        张伟市长，李娜校长                   | 张伟(市长) / 李娜(校长)
        车间主任、劳动委员、年级组长、高级工程师 | [车间主任] / [劳动委员] / [年级组长] / [高级工程师]
        林场场长、何家村村长、汤阴县县长       | [林场场长] / [何家村村长] / [汤阴县县长]
        万达集团总经理、金融办主任            | [万达集团总经理] / [金融办主任]
        """)
    void aNameGluedToAPostIsNameAndPost(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        张华 刘强 陈静 王芳 赵丽 孙伟 及全体班主任 | 张华 / 刘强 / 陈静 / 王芳 / 赵丽 / 孙伟 / [全体班主任]
        孙伟及全体班主任                       | 孙伟 / [全体班主任]
        张华 刘强 以及全体班主任、各村支部书记    | 张华 / 刘强 / [全体班主任] / [各村支部书记]
        张华、刘强与各校校长                    | 张华 / 刘强 / [各校校长]
        张华和各村党支部书记                    | 张华 / [各村党支部书记]
        各乡镇镇长及县直各部门主要负责人          | [各乡镇镇长及县直各部门主要负责人]
        """)
    void aGroupAfterAConjunctionIsAnEntryOfItsOwn(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "张华、刘强\n领导小组下设办公室，办公室设在县教育局，李明同志兼任办公室主任。",
        "张华、刘强\n领导小组办公室设在安全股，刘强兼任办公室主任。",
        "张华、刘强\n县教育局负责日常工作。",
        "Tom Hill, Ann Lee\nThe office is based at the Town Hall and is responsible for daily work."})
    void aSentenceUnderThePeopleIsAnErrorThatSaysWhereItGoes(String text) {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parseRole("成员", text));
        assertTrue(e.getMessage().contains("has a sentence among its people")
            && e.getMessage().contains(text.substring(text.indexOf('\n') + 1)), e.getMessage());
        assertThrows(ModelException.class, () -> RosterParser.parseRoles("成员", text));
    }

    @Test
    void aPersonWithARemarkInParenthesesIsNoSentence() throws ModelException {
        assertEquals("张华 / 李明(兼任办公室主任，负责日常工作)", read("张华\\n李明（兼任办公室主任，负责日常工作）"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Tom Brown\\nMary Lee\\nAnn Hill                | Tom Brown / Mary Lee / Ann Hill
        Tom Brown, Mary Lee\\nAnn Hill, Jo Bloggs      | Tom Brown / Mary Lee / Ann Hill / Jo Bloggs
        Dr. A. Patel\\nMs. K. Lee                      | Dr. A. Patel / Ms. K. Lee
        Tom Brown\\nProject Manager\\nMary Lee         | Tom Brown(Project Manager) / Mary Lee
        Director of the Safety\\nOffice Li Ming        | Li Ming(Director of the Safety Office)
        Maria de la Cruz\\nJean-Luc Picard             | Maria de la Cruz / Jean-Luc Picard
        """)
    void englishContinuationLinesSeparatePeople(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Heads of Maths, English and Science`              | [Heads of Maths, English and Science]
        principals of all primary and secondary schools    | [principals of all primary and secondary schools]
        Parent representative                              | [Parent representative]
        `one parent governor; a student representative`    | [one parent governor] / [a student representative]
        representatives from the Parent Teacher Association | [representatives from the Parent Teacher Association]
        local police                                       | [local police]
        parents and carers                                 | [parents and carers]
        a representative of the local police               | [a representative of the local police]
        Mary Lee of the Water Quality Unit                 | Mary Lee(Water Quality Unit)
        `Mary Lee of Acme Ltd; Tom Hill from the PTA`      | Mary Lee(Acme Ltd) / Tom Hill(PTA)
        `Tom Hill, parents and carers`                     | Tom Hill / [parents and carers]
        """)
    void englishDescriptionsAreGroupsNotPeople(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Jane Smith, RN, BSN`                               | Jane Smith, RN, BSN
        `Jane Smith, Principal, St. Mary's School`          | Jane Smith(Principal, St. Mary's School)
        `Jane Smith, Principal, Riverside Primary School; Tom Hill, Deputy Head` | Jane Smith(Principal, Riverside Primary School) / Tom Hill(Deputy Head)
        `Frank Russo, Traffic Control Supervisor`           | Frank Russo(Traffic Control Supervisor)
        `Helen Carter, Head of Customer Operations`         | Helen Carter(Head of Customer Operations)
        `Wang Jinxuan, CEO`                                 | Wang Jinxuan(CEO)
        Vacant                                              | [Vacant]
        TBD                                                 | [TBD]
        to be appointed                                     | [to be appointed]
        `Ann Lee; vacant`                                   | Ann Lee / [vacant]
        空缺                                                | [空缺]
        待定                                                | [待定]
        """)
    void whatFollowsANameAfterACommaIsItsPostAndAVacancyNamesNoOne(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
        for (Person p : RosterParser.parsePeople(text)) {
            if (p.name().matches("(?i)vacant|tbd|to be appointed|空缺|待定")) assertTrue(p.group(), p.toString());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        林晓红\u3000县教育局党组成员、副局长\u3000\u3000郑国华\u3000县教育局副局长 | 林晓红(县教育局党组成员、副局长) / 郑国华(县教育局副局长)
        张华 县教育局副局长  马晓东 县教育局安全股股长                         | 张华(县教育局副局长) / 马晓东(县教育局安全股股长)
        张华\u3000县教育局副局长\u3000\u3000马晓东\u3000县教育局安全股股长\\n何丽娟\u3000县教育局办公室主任 | 张华(县教育局副局长) / 马晓东(县教育局安全股股长) / 何丽娟(县教育局办公室主任)
        县委副书记、县长\\n黄海                                              | 黄海(县委副书记、县长)
        张三  县长  李四  副县长                                             | 张三(县长) / 李四(副县长)
        县长  张三  副县长  李四                                             | 张三(县长) / 李四(副县长)
        县教育局\\n县卫生局                                                   | [县教育局] / [县卫生局]
        刘 洋  许  强  王五                                                  | 刘洋 / 许强 / 王五
        """)
    void wideGapsAndLineBreaksSeparatePeopleAndEnumeratedPostsStayTogether(String text, String expected) throws ModelException {
        assertEquals(expected, read(text.replace("\\u3000", "\u3000")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        组\u2003长       | 组长   | LEADER
        成\u2002员       | 成员   | MEMBER
        副\u00A0组\u00A0长 | 副组长 | DEPUTY
        组&emsp;长       | 组长   | LEADER
        成&#8195;员      | 成员   | MEMBER
        副&nbsp;组&nbsp;长 | 副组长 | DEPUTY
        组&#x3000;&#x3000;长 | 组长 | LEADER
        组{nbsp}长       | 组长   | LEADER
        """)
    void labelsPaddedWithAnySpaceOrASpaceReference(String label, String title, RoleKind kind) throws ModelException {
        String l = label.replace("\\u2003", "\u2003").replace("\\u2002", "\u2002").replace("\\u00A0", "\u00A0");
        Role role = RosterParser.parseRole(l, "王建国&emsp;县委书记");
        assertEquals(title, role.title());
        assertEquals(kind, role.kind());
        assertEquals(List.of(new Person("王建国", "县委书记")), role.people());
        assertEquals(List.of(new Person("李明", null)), RosterParser.parsePeople("李\u2003明"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        王建国（县委副书记、县长）                         | 王建国(县委副书记、县长)
        李明  张华  刘强                                | 李明 / 张华 / 刘强
        各乡镇镇长                                      | [各乡镇镇长]
        李　明、欧阳明月、买买提·艾力                      | 李明 / 欧阳明月 / 买买提·艾力
        `Dr. Jane Smith, Principal`                     | Dr. Jane Smith(Principal)
        Tom O'Brien (Vice Principal) and Mary-Ann Lee (Head of Science) | Tom O'Brien(Vice Principal) / Mary-Ann Lee(Head of Science)
        `Chief Executive, Mr. John Smith`               | Mr. John Smith(Chief Executive)
        Maria de la Cruz; Jean-Luc Picard               | Maria de la Cruz / Jean-Luc Picard
        """)
    void formsTheTesterFoundRightStayRight(String text, String expected) throws ModelException {
        assertEquals(expected, read(text));
    }
}
