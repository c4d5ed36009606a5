package org.planpress.convert;

import java.util.List;
import java.util.Locale;

/**
 * Which columns of a roster table hold the role, the name and the position, and which of a schedule table the
 * stage, its period and its work, read from the header row by its words.
 */
final class TableColumns {
    /** Columns that say the role in the group. */
    private static final List<String> ROLE = List.of("组内职务", "小组职务", "组内分工", "领导小组职务", "本组职务", "职责", "分工",
            "角色", "role", "function", "grouprole");
    /** 职务 and Title: the role when no column above says it, else a position. */
    private static final List<String> ROLE_OR_POSITION = List.of("职务", "title");
    private static final List<String> NAME = List.of("姓名", "名字", "人员", "name", "person", "member", "fullname");
    private static final List<String> POSITION = List.of("职位", "单位职务", "工作单位及职务", "单位及职务", "现任职务", "单位",
            "工作单位", "部门", "所在单位", "position", "post", "jobtitle", "organization", "organisation", "department");
    /** Columns a roster table may have that PlanPress does not read: the row number and how to reach the person. */
    private static final List<String> ROSTER_OTHER = List.of("序号", "编号", "联系电话", "电话", "手机", "联系方式", "手机号码",
            "办公电话", "邮箱", "备注", "no.", "no", "#", "phone", "telephone", "tel", "tel.", "mobile", "email", "e-mail",
            "contact", "notes", "remarks");

    private static final List<String> STAGE = List.of("阶段", "工作阶段", "阶段名称", "实施阶段", "阶段划分", "步骤", "实施步骤",
            "工作步骤", "环节", "工作环节", "名称", "项目", "stage", "phase", "step", "stages", "phases", "steps");
    /** Columns with the work of a stage: the stage's name when there is no stage column. */
    private static final List<String> WORK = List.of("工作内容", "主要任务", "任务", "工作任务", "主要内容", "内容", "活动内容",
            "具体内容", "工作事项", "事项", "重点工作", "主要工作", "具体任务", "任务内容", "工作安排", "活动", "action", "actions",
            "task", "tasks", "activity", "activities", "content", "contents", "work", "description");
    private static final List<String> PERIOD = List.of("时间", "时间安排", "日期", "起止时间", "完成时间", "时限", "完成时限",
            "时间节点", "实施时间", "活动时间", "截止时间", "截止日期", "完成期限", "期限", "时段", "period", "time", "date", "dates",
            "when", "timing", "timeline", "schedule", "deadline", "due", "duedate", "timeframe", "bywhen");

    private TableColumns() {
    }

    /**
     * Whether a header says the role in the group: one of {@link #ROLE}, or a column whose head is "role" or a
     * 职务, 分工 of the group (Committee role, Role in group, Group role, 组内职务, 小组职务, 工作组分工).
     */
    private static boolean isRole(String h) {
        if (ROLE.contains(h) || h.endsWith("role") || h.endsWith("roles") || h.startsWith("rolein") || h.startsWith("roleon")) return true;
        return h.length() > 2 && (h.endsWith("职务") || h.endsWith("分工") || h.endsWith("职责")) && h.matches(".*(组|委员会|指挥部|小组|专班).*");
    }

    /** A header cell as compared with the words: without spaces and stars, lower case. */
    private static String word(String cell) {
        return cell.replaceAll("[\\s　*]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The stage, period and work columns of a schedule table's header row ({@code -1}: no such column), or null when
     * the row is not a header: it must name a period column and a stage or work column.
     */
    static int[] schedule(List<String> header) {
        int stage = -1;
        int period = -1;
        int work = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = word(header.get(i));
            if (stage < 0 && STAGE.contains(h)) stage = i;
            else if (period < 0 && PERIOD.contains(h)) period = i;
            else if (work < 0 && WORK.contains(h)) work = i;
        }
        return period >= 0 && (stage >= 0 || work >= 0) ? new int[] {stage, period, work} : null;
    }

    /**
     * The role, name and position columns of a header row ({@code -1}: no such column), or null when the row is
     * not a header: it must name a name column and another one it knows (a role, a position, a row number, a phone).
     */
    static int[] roster(List<String> header) {
        int role = -1;
        int either = -1;
        int name = -1;
        int position = -1;
        boolean other = false;
        for (int i = 0; i < header.size(); i++) {
            String h = word(header.get(i));
            if (h.isEmpty()) continue;
            if (name < 0 && NAME.contains(h)) name = i;
            else if (role < 0 && isRole(h)) role = i;
            else if (either < 0 && ROLE_OR_POSITION.contains(h)) either = i;
            else if (position < 0 && POSITION.contains(h)) position = i;
            else if (ROSTER_OTHER.contains(h)) other = true;
        }
        if (either >= 0 && role < 0) role = either;
        else if (either >= 0 && position < 0) position = either;
        boolean isHeader = name >= 0 && (role >= 0 || position >= 0 || other);
        return isHeader ? new int[] {role, name, position} : null;
    }
}
