package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Plans written after the detector, in forms it was not tuned on (dashes in periods, "1)" and "a)" numbering,
 * en-dash role lines, 第一部分, 一是, a roster table with 组内职务 | 单位及职务, "Phase One" and "Step 1" stages).
 * The figures are printed as they come; the floor only guards against a collapse.
 */
class HeldOutCorpusTest {

    static final List<Corpus.Sample> HELD_OUT = List.of(
            new Corpus.Sample("h-county", "zh-CN", "某某县2019年安全生产专项整治行动方案", "某某县安全生产委员会", 5,
                    List.of("动员部署阶段", "集中整治阶段", "总结验收阶段"), List.of(
                    "某某县2019年安全生产专项整治行动方案",
                    "　　为切实加强安全生产工作，有效防范和遏制重特大事故，根据上级部署，结合我县实际，制定本方案。",
                    "　　一、工作目标：",
                    "　　通过专项整治，全县安全生产形势持续稳定好转，事故总量明显下降。",
                    "　　二、组织领导",
                    "　　县政府成立专项整治行动领导小组：",
                    "@组  长：县委副书记、县长 张三",
                    "@副组长：李四（副县长）、王五（县应急局局长）",
                    "@成  员：赵六、钱七",
                    "　　三、整治重点",
                    "　　1、道路交通。严查超速、超载、酒驾等违法行为。",
                    "　　2、危险化学品。全面排查生产、储存、运输环节隐患。",
                    "　　3、建筑施工。重点整治高处坠落、坍塌等事故隐患。",
                    "　　四、实施步骤",
                    "　　（一）动员部署阶段（2019年5月20日—5月31日）。各乡镇、各部门制定具体方案，召开动员会议。",
                    "　　（二）集中整治阶段（6月1日-9月30日）。全面开展隐患排查治理，对重大隐患挂牌督办。",
                    "　　（三）总结验收阶段（10月份）。县领导小组组织验收，通报整治情况。",
                    "　　五、工作要求",
                    "　　一是加强领导。各单位主要负责人是第一责任人。二是强化督查。县领导小组定期督查，对工作不力的予以通报。",
                    "~某某县安全生产委员会",
                    "~2019年5月16日")),
            new Corpus.Sample("h-district", "en", "District Health Office Malaria Prevention Campaign Plan", null, 3,
                    List.of("Planning", "Distribution", "Evaluation"), List.of(
                    "District Health Office Malaria Prevention Campaign Plan",
                    "This plan describes how the District Health Office will run the malaria prevention campaign in 2021.",
                    "1) Purpose",
                    "To reduce malaria cases among children under five by a quarter.",
                    "2) Committee",
                    "@Chairperson: Dr. Ama Mensah",
                    "@Secretary: Kofi Owusu",
                    "@Members: Esi Boateng",
                    "3) Activities",
                    "a) Distribute treated nets to every household.",
                    "b) Train community volunteers.",
                    "4) Phases",
                    "Phase One: Planning (January to March)",
                    "Agree targets with the sub-districts. Order the nets.",
                    "Phase Two: Distribution (April to June)",
                    "Volunteers deliver the nets and show families how to hang them.",
                    "Phase Three: Evaluation (July)",
                    "The office surveys a sample of households and reports to the district assembly.")),
            new Corpus.Sample("h-company", "zh-CN", "华东化工有限公司安全生产月活动实施方案", "华东化工有限公司", 4,
                    List.of("宣传发动", "全面开展", "总结评比"), List.of(
                    "华东化工有限公司安全生产月活动实施方案",
                    "根据集团公司要求，公司决定在6月份开展安全生产月活动。",
                    "第一部分 活动主题",
                    "生命至上、安全发展。",
                    "第二部分 组织机构",
                    "公司成立安全生产月活动领导小组，组成如下：",
                    "|组内职务|姓名|单位及职务",
                    "|组长|刘强|总经理",
                    "|副组长|陈红|安全总监",
                    "|成员|周平|生产部经理",
                    "|成员|吴敏|设备部经理",
                    "第三部分 活动安排",
                    "|阶段|时间|工作内容",
                    "|宣传发动|5月25日至5月31日|制定方案，悬挂横幅",
                    "|全面开展|6月1日至6月25日|隐患排查，应急演练",
                    "|总结评比|6月26日至6月30日|评选先进，上报总结",
                    "第四部分 工作要求",
                    "各部门要高度重视，精心组织，确保活动取得实效。",
                    "~华东化工有限公司",
                    "~2016年5月20日")),
            new Corpus.Sample("h-school", "en", "Oakridge School Road Safety Week Plan", "Oakridge School", 3,
                    List.of("Preparation", "Activities"), List.of(
                    "Oakridge School Road Safety Week Plan",
                    "Road Safety Week teaches every pupil to cross roads safely.",
                    "I. Organisation",
                    "The week is led by Head Teacher Laura Smith, with Deputy Head Ian Cole as deputy group leader and Nina Park as member.",
                    "II. Steps",
                    "Step 1: Preparation (September 1 to September 10)",
                    "Teachers prepare lessons and posters.",
                    "Step 2: Activities (September 13 to September 17)",
                    "Each class has a road safety lesson and a walk to the crossing.",
                    "III. Requirements",
                    "Class teachers report attendance to the office.",
                    "~Oakridge School",
                    "~August 30, 2021")));

    @Test
    void heldOutFigures() throws Exception {
        Path dir = Files.createTempDirectory("pp-heldout");
        for (String format : List.of("txt", "docx")) {
            int[] t = new int[8];
            for (Corpus.Sample s : HELD_OUT) {
                Path f = format.equals("txt") ? Make.text(s, dir, StandardCharsets.UTF_8) : Make.docx(s, dir);
                ImportCorpusTest.Score sc = ImportCorpusTest.score(s, f);
                int[] v = {sc.sentences(), sc.kept(), sc.people(), sc.peopleWanted(), sc.stages(), sc.stagesWanted(), sc.words(), sc.wordsKept()};
                for (int i = 0; i < 8; i++) t[i] += v[i];
            }
            System.out.printf(Locale.ROOT, "held-out: %-5s sentences kept %d/%d (%.1f%%), roster words kept %d/%d, roster people %d/%d, stages %d/%d%n",
                    format, t[1], t[0], 100.0 * t[1] / t[0], t[7], t[6], t[2], t[3], t[4], t[5]);
            assertTrue(t[1] >= 0.9 * t[0]);
        }
    }
}
