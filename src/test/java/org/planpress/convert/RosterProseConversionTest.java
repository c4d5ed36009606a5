package org.planpress.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A [.roster] paragraph written as the sentence that sets up the group, through a real conversion. */
class RosterProseConversionTest {

    @Test
    void aProseParagraphIsReadIntoRoles(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = RosterConversionTest.convert(dir, """
                = 防汛工作方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长由县长张三担任，副组长由副县长李四、王五担任，
                成员由县应急局、县公安局主要负责同志组成。
                """, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> roles = c.plan().rosters().get(0).roles();
        assertEquals(List.of("组长", "副组长", "成员"), roles.stream().map(Role::title).toList());
        assertEquals(List.of(RoleKind.LEADER, RoleKind.DEPUTY, RoleKind.MEMBER), roles.stream().map(Role::kind).toList());
        assertEquals(List.of(new Person("张三", "县长")), roles.get(0).people());
        assertEquals(List.of(new Person("李四", "副县长"), new Person("王五", null)), roles.get(1).people());
        assertEquals(List.of(Person.group("县应急局"), Person.group("县公安局主要负责同志")), roles.get(2).people());
        Document page = Jsoup.parse(c.body().html());
        assertEquals("组长", page.selectFirst(".pp-roster .pp-kind-leader dt").text());
        assertTrue(page.text().contains("张三"), page.text());
    }

    @Test
    void aProseLineAfterLabelLinesAndAnEnglishSentence(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = RosterConversionTest.convert(dir, """
                = 安全月方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长：王强（校长）
                副组长由副校长孙丽担任，成员由各年级组长组成。

                == Team

                [.roster]
                The group is chaired by Cllr Jane Smith, with Tom Hill and Ann Lee as vice-chairs;
                members are Raj Patel and the Head of Estates.
                """, diags);
        assertEquals(List.of(), diags.sorted());
        List<Role> zh = c.plan().rosters().get(0).roles();
        assertEquals(List.of("组长", "副组长", "成员"), zh.stream().map(Role::title).toList());
        assertEquals(List.of(new Person("孙丽", "副校长")), zh.get(1).people());
        List<Role> en = c.plan().rosters().get(1).roles();
        assertEquals(List.of("Chair", "Vice-chairs", "Members"), en.stream().map(Role::title).toList());
        assertEquals(List.of(new Person("Tom Hill", null), new Person("Ann Lee", null)), en.get(1).people());
        assertEquals(List.of(new Person("Raj Patel", null), Person.group("the Head of Estates")), en.get(2).people());
    }

    @Test
    void aSentenceNotAboutThePeopleKeepsTheError(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        RosterConversionTest.convert(dir, """
                = 方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                各单位要高度重视，加强领导，落实责任。
                """, diags);
        List<Diagnostic> errors = diags.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(7, errors.get(0).line());
        assertTrue(errors.get(0).message().startsWith("expected a roster role as \"label: text\""), errors.get(0).message());
    }

    @Test
    void wordsOfTheSentenceInNoRoleAreAnError(@TempDir Path dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        RosterConversionTest.convert(dir, """
                = 方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组长由县长张三担任，县应急局局长李四负责日常工作。
                """, diags);
        List<Diagnostic> errors = diags.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("县应急局局长李四负责日常工作"), errors.get(0).message());
    }
}
