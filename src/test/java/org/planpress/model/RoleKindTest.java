package org.planpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A group's first role heads it when no role has a leader's title, unless it names members. */
class RoleKindTest {
    @ParameterizedTest
    @ValueSource(strings = {"Senior Responsible Officer", "Gold", "Executive Sponsor", "Owner", "总负责", "第一责任人", "牵头领导"})
    void aFirstTitleThatNamesNoMembersHeadsTheGroup(String title) {
        assertEquals(RoleKind.MEMBER, RoleKind.of(title), "no leader word of its own: " + title);
        assertTrue(RoleKind.leadsWhenFirst(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Members", "成员", "组员", "联络员", "成员单位", "Representatives", "Secretariat", "Staff",
        "Working group", "办公室主任", "Officers", "Partner agencies", "工作人员"})
    void membersTheOfficeAndUnitsDoNot(String title) {
        assertFalse(RoleKind.leadsWhenFirst(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"组长", "Chair", "Deputy Leads", "副组长"})
    void aTitleWithARankOfItsOwnIsNotAskedAbout(String title) {
        assertFalse(RoleKind.leadsWhenFirst(title), title);
    }
}
