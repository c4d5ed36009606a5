package org.planpress.convert;

import java.util.List;
import java.util.Locale;

/**
 * Which columns of a roster table hold the role, the name and the position, and which of a schedule table the
 * stage and its period, read from the header row.
 */
final class TableColumns {
    private static final List<String> ROLE = List.of("职务", "职责", "分工", "角色", "小组职务", "组内职务", "role", "title", "function");
    private static final List<String> NAME = List.of("姓名", "名字", "人员", "name", "person", "member");
    private static final List<String> POSITION = List.of("职位", "单位职务", "工作单位及职务", "单位及职务", "现任职务", "单位",
            "工作单位", "部门", "position", "post", "job title", "organization", "organisation", "department");

    private static final List<String> STAGE = List.of("阶段", "工作阶段", "阶段名称", "实施阶段", "步骤", "实施步骤", "名称", "项目",
            "stage", "phase", "step", "stages", "phases", "steps");
    private static final List<String> PERIOD = List.of("时间", "时间安排", "日期", "起止时间", "完成时间", "时限", "时间节点", "实施时间",
            "period", "time", "date", "dates", "when", "timing", "timeline", "schedule", "deadline");

    private TableColumns() {
    }

    /** The stage and period columns of a schedule table's header row, or null when the row names neither. */
    static int[] schedule(List<String> header) {
        int stage = -1;
        int period = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replaceAll("[\\s　*]", "").toLowerCase(Locale.ROOT);
            if (stage < 0 && STAGE.contains(h)) stage = i;
            else if (period < 0 && PERIOD.contains(h)) period = i;
        }
        return stage >= 0 && period >= 0 ? new int[] {stage, period} : null;
    }

    /**
     * The role, name and position columns of a header row ({@code -1}: no such column), or null when the row is
     * not a header: it must name a name column and a role column.
     */
    static int[] roster(List<String> header) {
        int role = -1;
        int name = -1;
        int position = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replaceAll("[\\s　*]", "").toLowerCase(Locale.ROOT);
            if (h.isEmpty()) continue;
            if (name < 0 && NAME.contains(h)) name = i;
            else if (role < 0 && ROLE.contains(h)) role = i;
            else if (position < 0 && POSITION.contains(h)) position = i;
        }
        return role >= 0 && name >= 0 ? new int[] {role, name, position} : null;
    }
}
