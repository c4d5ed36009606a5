package org.planpress.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planpress.model.ModelException;
import org.planpress.period.PeriodParser;

/** Header rows of schedule and roster tables, found by their words, and stage lines with their period in brackets. */
class TableColumnsTest {

    @Test
    void scheduleHeadersNameTheStageOrTheWorkAndThePeriod() {
        assertArrayEquals(new int[] {-1, 0, 1}, TableColumns.schedule(List.of("时间", "工作内容", "责任单位")));
        assertArrayEquals(new int[] {-1, 2, 1}, TableColumns.schedule(List.of("序号", "工作内容", "完成时限", "责任单位")));
        assertArrayEquals(new int[] {-1, 2, 1}, TableColumns.schedule(List.of("No.", "Action", "Deadline", "Owner")));
        assertArrayEquals(new int[] {0, 1, 2}, TableColumns.schedule(List.of("步骤", "时间节点", "主要任务")));
        assertArrayEquals(new int[] {0, 1, -1}, TableColumns.schedule(List.of("Phase", "Due date")));
        assertNull(TableColumns.schedule(List.of("宣传发动", "5月下旬")), "a stage row is no header");
        assertNull(TableColumns.schedule(List.of("序号", "责任单位")), "no period column");
    }

    @Test
    void rosterHeadersNeedANameAndAnotherKnownColumn() {
        assertArrayEquals(new int[] {-1, 1, 2}, TableColumns.roster(List.of("序号", "姓名", "工作单位及职务", "联系电话")));
        assertArrayEquals(new int[] {1, 0, 2}, TableColumns.roster(List.of("姓名", "职务", "工作单位及职务")));
        assertArrayEquals(new int[] {2, 0, 1}, TableColumns.roster(List.of("姓名", "职务", "组内职务")),
                "职务 is the position when another column says the role");
        assertArrayEquals(new int[] {-1, 0, 1}, TableColumns.roster(List.of("Name", "Position", "Phone")));
        assertArrayEquals(new int[] {2, 0, 1}, TableColumns.roster(List.of("Name", "Title", "Role")));
        assertArrayEquals(new int[] {2, 0, 1}, TableColumns.roster(List.of("Name", "Title", "Committee role")),
                "a column headed ... role is the role, Title the position");
        assertArrayEquals(new int[] {1, 0, 2}, TableColumns.roster(List.of("Full name", "Role in group", "Position")));
        assertArrayEquals(new int[] {2, 0, 1}, TableColumns.roster(List.of("Name", "Job title", "Group Role")));
        assertArrayEquals(new int[] {2, 0, 1}, TableColumns.roster(List.of("姓名", "单位及职务", "领导小组分工")));
        assertArrayEquals(new int[] {2, 1, 3}, TableColumns.roster(List.of("序号", "姓名", "专班职务", "职务")));
        assertNull(TableColumns.roster(List.of("组长", "王强", "局长")));
    }

    private static boolean readable(String s) {
        try {
            PeriodParser.parse(s, 2024);
            return true;
        } catch (ModelException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void aStageLineKeepsItsNumberingAndGivesItsPeriodAndDescription() {
        assertEquals(new StageLines.Parts("（一）动员部署阶段", "5月", null),
                StageLines.inBrackets("（一）动员部署阶段（5月）", TableColumnsTest::readable));
        assertEquals(new StageLines.Parts("宣传发动阶段", "3月1日-3月15日", "召开动员大会"),
                StageLines.inBrackets("宣传发动阶段（3月1日-3月15日）：召开动员大会", TableColumnsTest::readable));
        assertEquals(new StageLines.Parts("第二阶段：集中整治", "4月", null),
                StageLines.inBrackets("第二阶段（4月）：集中整治", TableColumnsTest::readable));
        assertEquals(new StageLines.Parts("Phase 1: Preparation", "1–15 March", null),
                StageLines.inBrackets("Phase 1 (1–15 March): Preparation", TableColumnsTest::readable));
        assertEquals(new StageLines.Parts("Drills (all classes)", "June", null),
                StageLines.inBrackets("Drills (all classes) (June)", TableColumnsTest::readable));
        assertNull(StageLines.inBrackets("宣传发动阶段（全体人员）", TableColumnsTest::readable));
    }
}
