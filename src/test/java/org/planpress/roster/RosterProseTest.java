package org.planpress.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planpress.model.Person;
import org.planpress.model.Role;

/**
 * The sentences plans write their leading group in, read into roles: each case the sentence, then per role
 * "title|KIND|person; person" where a person is "name" or "name(position)" and a group "*name".
 */
class RosterProseTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
            // Chinese: the role, 由, the people, 担任 / 组成
            zh("组长由县长张三担任，副组长由副县长李四、王五担任，成员由县应急局、县公安局主要负责同志组成。",
                "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长); 王五", "成员|MEMBER|*县应急局; *县公安局主要负责同志"),
            zh("学校成立安全工作领导小组。组长由校长王强同志担任，副组长由副校长孙丽担任。",
                "组长|LEADER|王强(校长)", "副组长|DEPUTY|孙丽(副校长)"),
            zh("指挥部总指挥由市长陈明担任，副总指挥由副市长刘芳担任，成员单位由市应急局、市水利局组成。",
                "总指挥|LEADER|陈明(市长)", "副总指挥|DEPUTY|刘芳(副市长)", "成员单位|MEMBER|*市应急局; *市水利局"),
            zh("成立县安全生产委员会，主任由县长张三担任，副主任由副县长李四兼任。",
                "主任|LEADER|张三(县长)", "副主任|DEPUTY|李四(副县长)"),
            zh("常务副组长由常务副县长赵六担任。", "常务副组长|DEPUTY|赵六(常务副县长)"),
            zh("组长由县委副书记、县长张三担任。", "组长|LEADER|张三(县委副书记、县长)"),
            zh("成员由各乡镇、县直有关部门主要负责同志组成。", "成员|MEMBER|*各乡镇; *县直有关部门主要负责同志"),
            // the people, then 任 / 担任 the role
            zh("由县长张三任组长，副县长李四任副组长，成员由县应急局、县公安局主要负责同志组成。",
                "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长)", "成员|MEMBER|*县应急局; *县公安局主要负责同志"),
            zh("县政府成立防汛工作领导小组，县长张三任组长，副县长李四任副组长。",
                "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长)"),
            zh("乡政府成立禁毒宣传月活动领导小组，由乡长刘明任组长，副乡长陈亮任副组长，各村支部书记为成员。",
                "组长|LEADER|刘明(乡长)", "副组长|DEPUTY|陈亮(副乡长)", "成员|MEMBER|*各村支部书记"),
            zh("成立由书记周建平任组长，镇长汪海、副书记蔡玲任副组长的工作领导小组。",
                "组长|LEADER|周建平(书记)", "副组长|DEPUTY|汪海(镇长); 蔡玲(副书记)"),
            zh("县长张三同志任组长。", "组长|LEADER|张三(县长)"),
            // 成立以……为组长……的领导小组
            zh("成立以县长张三为组长、副县长李四和王五为副组长，各乡镇乡镇长为成员的防汛工作领导小组。",
                "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长); 王五", "成员|MEMBER|*各乡镇乡镇长"),
            zh("学校成立以校长王淑琴为组长，副校长赵国平、教导主任孙丽为副组长的读书活动领导小组。",
                "组长|LEADER|王淑琴(校长)", "副组长|DEPUTY|赵国平(副校长); 孙丽(教导主任)"),
            zh("以局长王刚为组长、副局长孙伟为副组长、各科室负责人为成员", "组长|LEADER|王刚(局长)",
                "副组长|DEPUTY|孙伟(副局长)", "成员|MEMBER|*各科室负责人"),
            // the role, 为 / 包括, the people; label lines inside the sentence
            zh("组长为县长张三，副组长为副县长李四，成员为各乡镇乡镇长。",
                "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长)", "成员|MEMBER|*各乡镇乡镇长"),
            zh("领导小组成员包括县教育局、县卫健局、县公安局。", "成员|MEMBER|*县教育局; *县卫健局; *县公安局"),
            zh("领导小组组长：张三；副组长：李四、王五；成员：各科室负责人。",
                "组长|LEADER|张三", "副组长|DEPUTY|李四; 王五", "成员|MEMBER|*各科室负责人"),
            zh("组长：县长张三，副组长：副县长李四", "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长)"),
            zh("组长由县长张三担任，\n副组长由副县长李四担任。", "组长|LEADER|张三(县长)", "副组长|DEPUTY|李四(副县长)"),
            // English
            en("The group is chaired by Cllr Jane Smith, with Tom Hill and Ann Lee as vice-chairs; members are Raj Patel,"
                    + " Sue Kim and the Head of Estates.",
                "Chair|LEADER|Cllr Jane Smith", "Vice-chairs|DEPUTY|Tom Hill; Ann Lee",
                "Members|MEMBER|Raj Patel; Sue Kim; *the Head of Estates"),
            en("Led by Mark Jones (Director), supported by Amy Chan and Ben Ode.",
                "Group leader|LEADER|Mark Jones(Director)", "Members|MEMBER|Amy Chan; Ben Ode"),
            en("A steering group is set up, chaired by Harbour Master Tom Reed, with Deputy Harbour Master Ann Fox and Safety"
                    + " Officer Raj Patel as deputy chairs, and the heads of all terminals as members.",
                "Chair|LEADER|Tom Reed(Harbour Master)",
                "Deputy chairs|DEPUTY|Ann Fox(Deputy Harbour Master); Raj Patel(Safety Officer)",
                "Members|MEMBER|*the heads of all terminals"),
            en("The safety group will be chaired by Jane Smith (Operations Director), with Tom Hill as vice-chair. Other"
                    + " members are Ann Lee (Network Manager) and Raj Singh.",
                "Chair|LEADER|Jane Smith(Operations Director)", "Vice-chair|DEPUTY|Tom Hill",
                "Members|MEMBER|Ann Lee(Network Manager); Raj Singh"),
            en("A working group is set up, led by Helen Park (Principal), with James Oh as deputy group leader.",
                "Group leader|LEADER|Helen Park(Principal)", "Deputy group leader|DEPUTY|James Oh"),
            en("The campaign will be led by a working group chaired by the Headteacher, Mrs. Patricia Evans. The Deputy"
                    + " Headteacher, Mr. Daniel Cho, is vice-chair.",
                "Chair|LEADER|Mrs. Patricia Evans(Headteacher)", "Vice-chair|DEPUTY|Mr. Daniel Cho(Deputy Headteacher)"),
            en("A steering group chaired by Helen Carter, Head of Customer Operations, with David Park, Network Delivery"
                    + " Manager, as deputy chair, oversees the outreach. Its members are Grace Lee (Communications) and Omar"
                    + " Haddad (Site Manager).",
                "Chair|LEADER|Helen Carter(Head of Customer Operations)", "Deputy chair|DEPUTY|David Park(Network Delivery Manager)",
                "Members|MEMBER|Grace Lee(Communications); Omar Haddad(Site Manager)"),
            en("The team is headed by Dr Ruth Alder, with Sam Cole as secretary.",
                "Head|LEADER|Dr Ruth Alder", "Secretary|MEMBER|Sam Cole"),
            en("Chaired by Emma Price, Cabinet Member for Environment. The vice-chair is Councillor Raj Gill.",
                "Chair|LEADER|Emma Price(Cabinet Member for Environment)", "Vice-chair|DEPUTY|Councillor Raj Gill"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsTheRolesAndEveryPerson(String sentence, List<String> expected) throws Exception {
        List<RosterProse.Line> lines = RosterProse.read(sentence);
        List<String> got = new ArrayList<>();
        for (RosterProse.Line l : lines) {
            for (Role r : RosterParser.parseRoles(l.label(), l.people())) got.add(described(r));
        }
        assertEquals(expected, got, lines.toString());
        assertEquals(List.of(), RosterProse.unread(sentence), "every word naming someone is in a role");
    }

    @Test
    void aSentenceNotAboutThePeopleReadsNoRole() {
        assertEquals(List.of(), RosterProse.read("各单位要高度重视，加强领导，落实责任。"));
        assertEquals(List.of(), RosterProse.read("领导小组下设办公室，办公室设在县应急局。"));
        assertEquals(List.of(), RosterProse.read("Each works reports weekly to the board."));
        assertEquals(List.of(), RosterProse.read("The office is based at the Town Hall."));
    }

    @Test
    void wordsNamingSomeoneThatNoRoleTookAreUnread() {
        assertEquals(List.of("县应急局局长李四负责日常工作"), RosterProse.unread("组长由县长张三担任，县应急局局长李四负责日常工作。"));
        assertEquals(List.of("Ann Lee takes the minutes"),
                RosterProse.unread("Chaired by Jane Smith, with Tom Hill as vice-chair; Ann Lee takes the minutes."));
        assertEquals(List.of(), RosterProse.unread("成立以县长张三为组长的领导小组。"), "the group's name is no one");
    }

    /** Where the office is, and a sentence with no role in it, are words the roster card would lose. */
    @Test
    void theOfficeAndASentenceWithoutARoleAreUnread() {
        assertEquals(List.of("领导小组下设办公室，办公室设在县应急局。"),
                RosterProse.unread("组长由县长张三担任。领导小组下设办公室，办公室设在县应急局。"));
        assertEquals(List.of("领导小组下设办公室", "办公室设在县应急局"),
                RosterProse.unread("组长由县长张三担任，领导小组下设办公室，办公室设在县应急局，赵六同志兼任办公室主任。"));
        assertEquals(List.of("The office is based at the Town Hall."),
                RosterProse.unread("Chaired by Jane Smith, with Tom Hill as vice-chair. The office is based at the Town Hall."));
    }

    @Test
    void whoHoldsTheOfficeIsARole() {
        assertEquals(List.of("组长：县长张三", "办公室主任：赵六"),
                RosterProse.read("组长由县长张三担任，赵六同志兼任办公室主任。").stream().map(RosterProse.Line::text).toList());
        assertEquals(List.of("组长：县长张三", "办公室主任：县应急局局长李四"),
                RosterProse.read("组长由县长张三担任，办公室主任由县应急局局长李四兼任。").stream().map(RosterProse.Line::text).toList());
    }

    @Test
    void thePlanReadingAsksTheSentenceToSetUpAGroup() {
        assertEquals(List.of(), RosterProse.inPlan("由县长张三任组长，副县长李四任副组长。", true), "no group named");
        assertEquals(2, RosterProse.inPlan("成立防汛领导小组，由县长张三任组长，副县长李四任副组长。", true).size());
        assertEquals(List.of(), RosterProse.inPlan("Led by Mark Jones (Director), the work starts in May.", false));
        assertEquals(List.of(new RosterProse.Line("Group leader", "Mark Jones (Director)")),
                RosterProse.read("Led by Mark Jones (Director), the work starts in May."));
        assertEquals(List.of(new RosterProse.Line("Group leader", "Mark Jones (Director)")),
                RosterProse.inPlan("The team is led by Mark Jones (Director).", false));
    }

    @Test
    void aRoleReadsAsALabelLine() {
        assertEquals(List.of("组长：县长张三", "副组长：副县长李四、王五"),
                RosterProse.read("组长由县长张三担任，副组长由副县长李四、王五担任。").stream().map(RosterProse.Line::text).toList());
        assertEquals(List.of("Chair: Jane Smith", "Vice-chair: Tom Hill"),
                RosterProse.read("Chaired by Jane Smith, with Tom Hill as vice-chair.").stream().map(RosterProse.Line::text).toList());
    }

    private static String described(Role r) {
        List<String> people = new ArrayList<>();
        for (Person p : r.people()) {
            people.add(p.group() ? "*" + p.name() : p.position() == null ? p.name() : p.name() + "(" + p.position() + ")");
        }
        return r.title() + "|" + r.kind() + "|" + String.join("; ", people);
    }

    private static Arguments zh(String sentence, String... roles) {
        return Arguments.of(sentence, List.of(roles));
    }

    private static Arguments en(String sentence, String... roles) {
        return Arguments.of(sentence, List.of(roles));
    }
}
