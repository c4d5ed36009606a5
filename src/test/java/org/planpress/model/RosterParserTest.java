package org.planpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aSecondParenthesisAfterThePositionIsAnError() throws ModelException {
        ModelException e = assertThrows(ModelException.class, () -> RosterParser.parsePeople("Wang (Director) (Deputy), Li"));
        assertTrue(e.getMessage().contains("text after the closing parenthesis"), e.getMessage());
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
        办公室主任                 | LEADER
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
}
