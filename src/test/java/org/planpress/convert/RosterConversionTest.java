package org.planpress.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.RoleKind;
import org.planpress.source.PlanSource;

/** Issue 18: roster lists as offices write them, through a real conversion (Asciidoctor's reading of the list). */
class RosterConversionTest {

    static final String PLAN = """
            = 安全月活动方案
            :lang: zh-CN

            == 组织领导

            [.roster]
            【组  长】:: 李卫国 副市长
            副 组 长:: 阿不都·热合曼 市政府副秘书长 张建 市安监局局长
            成　员:: 刘 洋  许  强  王五、赵六、
            孙七  周八
            钱九
            组员:: 赵强
            +
            陈静、吴一
            联络员::
            * 郑二 安全员
            * 冯三
            委员:: 各村支部书记、全体班主任
            """;

    static ConvertedPlan convert(Path dir, String text, Diagnostics diags) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/plans"));
        Path file = content.resolve("p.adoc");
        Files.writeString(file, text);
        PlanConverter converter = new PlanConverter(dir, dir.resolve("content"), false);
        return converter.convert(new PlanSource("p", file, "content/plans/p.adoc", text), diags);
    }

    @Test
    void paddedLabelsWrappedLinesContinuationsAndGroups(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, PLAN, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> roles = c.plan().rosters().get(0).roles();
        assertEquals(List.of("组长", "副组长", "成员", "组员", "联络员", "委员"), roles.stream().map(Role::title).toList());
        assertEquals(List.of(RoleKind.LEADER, RoleKind.DEPUTY, RoleKind.MEMBER, RoleKind.MEMBER, RoleKind.MEMBER,
                RoleKind.MEMBER), roles.stream().map(Role::kind).toList());
        assertEquals(List.of(new Person("李卫国", "副市长")), roles.get(0).people());
        assertEquals(List.of(new Person("阿不都·热合曼", "市政府副秘书长"), new Person("张建", "市安监局局长")),
                roles.get(1).people());
        assertEquals(List.of("刘洋", "许强", "王五", "赵六", "孙七", "周八", "钱九"),
                roles.get(2).people().stream().map(Person::name).toList(), "lines wrapped under the label join the role");
        assertEquals(List.of("赵强", "陈静", "吴一"), roles.get(3).people().stream().map(Person::name).toList(),
                "a paragraph attached with + joins the role");
        assertEquals(List.of(new Person("郑二", "安全员"), new Person("冯三", null)), roles.get(4).people());
        assertEquals(List.of(Person.group("各村支部书记"), Person.group("全体班主任")), roles.get(5).people());

        Document page = Jsoup.parse(c.body().html());
        assertEquals("组长", page.selectFirst(".pp-roster .pp-kind-leader dt").text());
        assertEquals(2, page.select(".pp-roster li.pp-group").size(), "groups are marked on the card");
        assertEquals("各村支部书记", page.selectFirst("li.pp-group .pp-name").text());
        assertNotNull(page.selectFirst(".pp-roster li:not(.pp-group) .pp-name:containsOwn(刘洋)"));
    }

    @Test
    void englishRosterAsWritten(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, """
                = Safety Month Plan
                :lang: en

                == Leading group

                [.roster]
                [Group  leader]:: Project Manager Wang Jinxuan
                Deputy group leaders:: Zuo Zhenyuan, Deputy Project Manager; Anderson Li,
                  Research and Development Manager
                Members:: Chen Konghui, Liu Mingsen and Zeng
                Xianyong; heads of all departments
                """, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> roles = c.plan().rosters().get(0).roles();
        assertEquals(List.of("Group leader", "Deputy group leaders", "Members"), roles.stream().map(Role::title).toList());
        assertEquals(RoleKind.LEADER, roles.get(0).kind());
        assertEquals(List.of(new Person("Wang Jinxuan", "Project Manager")), roles.get(0).people());
        assertEquals(List.of(new Person("Zuo Zhenyuan", "Deputy Project Manager"),
                new Person("Anderson Li", "Research and Development Manager")), roles.get(1).people());
        assertEquals(List.of(new Person("Chen Konghui", null), new Person("Liu Mingsen", null),
                new Person("Zeng Xianyong", null), Person.group("heads of all departments")), roles.get(2).people());
    }

    /** A long English label in label lines starts a role of its own; it is not swallowed by the role above. */
    @Test
    void longEnglishLabelLinesAreRoles(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, """
                = Flood Response Plan
                :lang: en

                == Incident management team

                [.roster]
                Incident Controller: Sam Reid
                Deputy Incident Controller: Mary Jones
                Public Information Officer: Tom O'Brien
                Members: Ann Lee, Jean-Luc Martin
                """, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> roles = c.plan().rosters().get(0).roles();
        assertEquals(List.of("Incident Controller", "Deputy Incident Controller", "Public Information Officer",
                "Members"), roles.stream().map(Role::title).toList());
        assertEquals(List.of(RoleKind.LEADER, RoleKind.DEPUTY, RoleKind.MEMBER, RoleKind.MEMBER),
                roles.stream().map(Role::kind).toList());
        assertEquals(List.of(new Person("Mary Jones", null)), roles.get(1).people());
        assertEquals(List.of(new Person("Tom O'Brien", null)), roles.get(2).people());
    }

    /** A plan's rosters come in the order they are written, whichever way each is written. */
    @Test
    void rostersInDocumentOrder(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, """
                = 防汛工作方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长：王建国
                成员：张华、刘强

                [.roster]
                |===
                |职务 |姓名 |职位
                |组长 |李明 |局长
                |===

                [.roster]
                组长:: 赵敏
                """, diags);
        assertEquals(List.of(), diags.sorted());
        assertEquals(List.of("王建国", "李明", "赵敏"), c.plan().rosters().stream()
                .map(r -> r.roles().get(0).people().get(0).name()).toList());
        assertEquals(List.of("roster", "roster-2", "roster-3"), c.plan().rosters().stream().map(r -> r.id()).toList());
    }

    @Test
    void whatCannotBeReadIsAnErrorAtItsLineSayingWhatIsExpected(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        convert(dir, """
                = Plan
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长:: 张三
                成员:: 李四、阿不都热合曼
                """, diags);
        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals(8, d.line());
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertTrue(d.message().contains("\"阿不都热合曼\"") && d.message().contains("middle dot")
                && d.message().contains("write people as"), d.message());
    }

    /** A second role written inside a role's line is a role of its own, in each way a roster is written. */
    @Test
    void aSecondRoleInsideALineIsARoleOfItsOwn(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, """
                = 防汛工作方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长：王建国；副组长：李明
                成员：张华、刘强

                == Leading group

                [.roster]
                Leader:: Tom Hill; Deputy Leader: Ann Lee (Operations Manager)
                Members:: Jo Park
                """, diags);
        assertEquals(List.of(), diags.sorted());
        assertEquals(2, c.plan().rosters().size(), c.plan().rosters().toString());
        List<Role> zh = roster(c, "组长");
        assertEquals(List.of("组长", "副组长", "成员"), zh.stream().map(Role::title).toList());
        assertEquals(List.of(RoleKind.LEADER, RoleKind.DEPUTY, RoleKind.MEMBER), zh.stream().map(Role::kind).toList());
        assertEquals(List.of(new Person("李明", null)), zh.get(1).people());
        List<Role> en = roster(c, "Leader");
        assertEquals(List.of("Leader", "Deputy Leader", "Members"), en.stream().map(Role::title).toList());
        assertEquals(List.of(new Person("Tom Hill", null)), en.get(0).people());
        assertEquals(List.of(new Person("Ann Lee", "Operations Manager")), en.get(1).people());
        assertEquals(RoleKind.DEPUTY, en.get(1).kind());
    }

    private static List<Role> roster(ConvertedPlan c, String firstRole) {
        return c.plan().rosters().stream().map(r -> r.roles()).filter(r -> r.get(0).title().equals(firstRole)).findFirst()
                .orElseThrow();
    }

    @Test
    void englishLabelLinesWithPostsAfterCommasWrappedPostsAndAMembershipLine(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, """
                = Flood Response Plan
                :lang: en

                == Leadership

                [.roster]
                Incident Controller: Mr. Paul Nguyen, Head of Estates, Facilities and Safety
                Deputy Incident Controller: Ms. Claire Dupont-Moreau
                Members: John Brown, Director of Operations
                Mary Lee, Head of Human
                Resources
                Members include representatives from the NHS Trust, the Fire and Rescue Service and the Police.
                Director of Adult Social Care
                Ms. Jane Roe
                """, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> roles = c.plan().rosters().get(0).roles();
        assertEquals(List.of("Incident Controller", "Deputy Incident Controller", "Members"), roles.stream().map(Role::title).toList());
        assertEquals(List.of(new Person("Mr. Paul Nguyen", "Head of Estates, Facilities and Safety")), roles.get(0).people());
        assertEquals(RoleKind.DEPUTY, roles.get(1).kind());
        assertEquals(List.of(new Person("Ms. Claire Dupont-Moreau", null)), roles.get(1).people());
        assertEquals(List.of(new Person("John Brown", "Director of Operations"), new Person("Mary Lee", "Head of Human Resources"),
                Person.group("representatives from the NHS Trust, the Fire and Rescue Service and the Police"),
                new Person("Ms. Jane Roe", "Director of Adult Social Care")), roles.get(2).people());
    }

    @Test
    void aTableRoleColumnHeadedCommitteeRoleAndAVacancy(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = convert(dir, """
                = Table Plan
                :lang: en

                == Group

                [.roster]
                |===
                |Name |Title |Committee role
                |Ms. Ann Lee |Head of Finance |Chair
                |Vacant |Head of Estates |Member
                |Tom Hill |Bursar |Member
                |===
                """, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> roles = c.plan().rosters().get(0).roles();
        assertEquals(List.of("Chair", "Member"), roles.stream().map(Role::title).toList());
        assertEquals(List.of(new Person("Ms. Ann Lee", "Head of Finance")), roles.get(0).people());
        assertEquals(List.of(Person.group("Vacant (Head of Estates)"), new Person("Tom Hill", "Bursar")), roles.get(1).people());
    }

    @Test
    void aSentenceInARosterParagraphIsReportedAtItsOwnLine(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        convert(dir, """
                = 防汛应急预案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长：县委书记张三同志
                成员：李四（副县长）兼办公室主任
                张明、王芳
                领导小组下设办公室，办公室设在县应急局，负责日常工作。
                """, diags);
        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found.toString());
        assertEquals(10, found.get(0).line(), found.toString());
        assertTrue(found.get(0).message().contains("下设办公室"), found.toString());
    }

    @Test
    void aSentenceUnderAListEntryIsReportedAtItsOwnLine(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        convert(dir, """
                = 防汛应急预案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长:: 张三
                成员::
                张四、李四
                王五
                领导小组下设办公室，办公室设在县应急局，负责日常工作。
                """, diags);
        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found.toString());
        assertEquals(11, found.get(0).line(), found.toString());
    }
}
