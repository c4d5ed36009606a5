package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A small varied corpus of plans, Chinese and English, written as offices write them: issuing notices, signature
 * blocks, every numbering style, run-in headings, rosters as label lines, tables and prose, stages as headings,
 * lines, tables and sentences. A line starting with "~" is not plan text (notice, signature, distribution lines); a
 * line starting with "@" is a roster line (its words are kept, its form may change); "|" starts a table row.
 */
final class Corpus {
    private Corpus() {
    }

    record Sample(String name, String lang, String title, String issuer, int people, List<String> stages, List<String> lines) {
        /** The paragraphs as a document holds them (markers removed); table rows grouped. */
        List<Object> blocks() {
            List<Object> out = new ArrayList<>();
            List<List<String>> table = null;
            for (String l : lines) {
                if (l.startsWith("|")) {
                    if (table == null) {
                        table = new ArrayList<>();
                        out.add(table);
                    }
                    List<String> cells = new ArrayList<>();
                    for (String c : l.substring(1).split("\\|")) cells.add(c.strip());
                    table.add(cells);
                    continue;
                }
                table = null;
                out.add(l.replaceFirst("^[~@]", ""));
            }
            return out;
        }

        List<String> bodyLines() {
            return lines.stream().filter(l -> !l.startsWith("~") && !l.startsWith("@") && !l.startsWith("|")).toList();
        }

        List<String> rosterLines() {
            return lines.stream().filter(l -> l.startsWith("@")).map(l -> l.substring(1)).toList();
        }
    }

    static final Sample ZH_NOTICE = new Sample("zh-notice", "zh-CN", "清河县2013年“安全生产月”活动方案", "清河县人民政府办公室", 7,
            List.of("宣传发动阶段", "集中开展阶段", "总结评比阶段"), List.of(
            "~清河县人民政府办公室文件",
            "~清政办〔2013〕12号",
            "~清河县人民政府办公室关于印发《清河县2013年“安全生产月”活动方案》的通知",
            "~各乡镇人民政府，县直各单位：",
            "~现将《清河县2013年“安全生产月”活动方案》印发给你们，请认真贯彻执行。",
            "~清河县人民政府办公室",
            "~2013年5月20日",
            "清河县2013年“安全生产月”活动方案",
            "为深入贯彻落实全国“安全生产月”活动要求，进一步增强全民安全意识，结合我县实际，制定本方案。",
            "一、指导思想",
            "以科学发展观为指导，坚持“安全第一、预防为主、综合治理”的方针，牢固树立安全发展理念。",
            "二、活动主题",
            "强化安全发展观念，提升全民安全素质。",
            "三、组织领导",
            "为加强对活动的领导，县政府成立“安全生产月”活动领导小组。",
            "@组  长：张建国（县长）",
            "@副组长：李卫国 副县长 王  芳 县安监局局长",
            "@成  员：赵强、陈静、刘洋、许  强",
            "领导小组办公室设在县安监局，负责日常工作。",
            "四、活动内容",
            "（一）开展安全生产宣传咨询日活动。6月16日，各乡镇、各部门要组织开展宣传咨询活动。县安委会在县城中心广场设立主会场。",
            "（二）开展应急演练活动。各单位要结合实际，组织开展应急救援演练。",
            "1.矿山企业要开展透水、冒顶事故演练；",
            "2.危险化学品企业要开展泄漏事故演练；",
            "3.学校要开展疏散逃生演练。",
            "（三）开展隐患排查治理活动。各单位要对照标准，全面排查事故隐患，做到整改措施、责任、资金、时限和预案“五到位”。",
            "五、实施步骤",
            "（一）宣传发动阶段（5月下旬）。召开动员会，印发活动方案，营造浓厚氛围。",
            "（二）集中开展阶段（6月1日至6月30日）。各单位按照方案要求，集中开展各项活动。",
            "（三）总结评比阶段（7月上旬）。各单位认真总结，7月5日前将总结报县安监局。",
            "六、工作要求",
            "（一）加强领导，精心组织。各乡镇、各部门要高度重视，主要负责人亲自抓。",
            "（二）突出重点，注重实效。要把活动与日常监管结合起来，防止走过场。",
            "附件：1.活动安排表",
            "2.活动总结表",
            "~抄送：县委办公室，县人大常委会办公室，县政协办公室。",
            "~清河县人民政府办公室 2013年5月21日印发"));

    static final Sample ZH_SCHOOL = new Sample("zh-school", "zh-CN", "红星小学2015年春季安全教育活动方案", "红星小学", 3,
            List.of("宣传发动阶段", "组织实施阶段", "总结表彰阶段"), List.of(
            "红星小学2015年春季安全教育活动方案",
            "为进一步加强学校安全工作，提高师生安全意识和自我保护能力，根据上级有关文件精神，特制定本方案。",
            "一、活动目标",
            "通过开展安全教育活动，使全体师生掌握基本的安全知识，学校全年无安全责任事故。",
            "二、组织机构",
            "学校成立以校长王明为组长、副校长李华为副组长，各年级组长为成员的安全教育活动领导小组，负责活动的组织实施。",
            "三、活动安排",
            "活动分三个阶段进行：第一阶段为宣传发动阶段（3月1日至3月10日）；第二阶段为组织实施阶段（3月11日至4月20日）；第三阶段为总结表彰阶段（4月下旬）。",
            "四、活动内容",
            "1.上好安全教育课。各班每周安排一节安全教育课，内容包括交通、消防、防溺水等。",
            "2.开展应急疏散演练。每学期至少组织两次全校性疏散演练。",
            "3.排查校园安全隐患。总务处每月对校舍、电路、消防设施进行一次全面检查。",
            "五、工作要求",
            "各班主任要高度重视，认真落实各项措施，确保活动取得实效。",
            "~红星小学",
            "~二〇一五年二月二十六日"));

    static final Sample ZH_TABLES = new Sample("zh-tables", "zh-CN", "东湖街道2014年消防安全专项整治工作方案", "东湖街道办事处", 4,
            List.of("动员部署", "排查整治", "巩固提高"), List.of(
            "东湖街道2014年消防安全专项整治工作方案",
            "为有效预防和遏制火灾事故发生，确保辖区消防安全形势稳定，街道决定开展消防安全专项整治工作。",
            "一、整治范围",
            "辖区内所有人员密集场所、“三小”场所、出租屋和老旧小区。",
            "二、组织领导",
            "街道成立消防安全专项整治工作领导小组，成员如下：",
            "|职务|姓名|职位",
            "|组长|陈志强|街道办事处主任",
            "|副组长|林海|街道办事处副主任",
            "|成员|黄丽|安监站站长",
            "||吴刚|派出所副所长",
            "三、时间安排",
            "|阶段|时间|主要任务",
            "|动员部署|4月1日至4月10日|制定方案，召开动员会",
            "|排查整治|4月11日至6月30日|全面排查，逐一整改",
            "|巩固提高|7月|总结经验，建立长效机制",
            "四、工作措施",
            "（一）加强宣传。",
            "①利用宣传栏、电子屏宣传消防知识；",
            "②组织消防安全进社区、进家庭活动。",
            "（二）严格执法。对排查出的隐患，逐一登记，限期整改；对拒不整改的，依法予以处罚。",
            "~东湖街道办事处",
            "~2014年3月25日"));

    static final Sample ZH_CHAPTERS = new Sample("zh-chapters", "zh-CN", "青山煤矿“安全生产年”活动实施方案", "青山煤矿", 5,
            List.of("动员部署阶段", "全面实施阶段", "总结验收阶段"), List.of(
            "青山煤矿“安全生产年”活动实施方案",
            "根据集团公司工作部署，结合我矿实际，制定本实施方案。",
            "第一章 总体要求",
            "坚持“安全第一、预防为主、综合治理”的方针，以落实安全生产主体责任为重点，全面提升安全管理水平。",
            "第二章 组织机构",
            "@组长：矿长 周国平",
            "@副组长：总工程师 孙立新、安全副矿长 郑勇",
            "@成员：马超、何平",
            "第三章 实施步骤",
            "第一阶段：动员部署阶段（2月1日至2月28日）",
            "召开全矿动员大会，层层签订安全生产责任书。",
            "第二阶段：全面实施阶段（3月1日至11月30日）",
            "各区队按照方案要求，扎实开展隐患排查治理和安全质量标准化建设。",
            "第三阶段：总结验收阶段（12月）",
            "对活动开展情况进行全面总结，表彰先进，推广经验。",
            "第四章 保障措施",
            "1.加大安全投入，确保安全费用足额提取、专款专用。",
            "2.强化考核奖惩，把活动开展情况纳入绩效考核。",
            "~青山煤矿",
            "~2012年1月15日"));

    static final Sample EN_HARBOR = new Sample("en-harbor", "en", "Harbor Safety Month 2014 Activity Plan", "Jiangwan Port Company Safety Committee", 6,
            List.of("Mobilization and deployment", "Comprehensive implementation", "Summary and improvement"), List.of(
            "Harbor Safety Month 2014 Activity Plan",
            "In line with the national Safety Month notice and the company's work plan for the year, the Safety Committee has decided to hold the 2014 Safety Month in the harbor.",
            "I. Guiding ideology",
            "Adhere to the principle of safety first, prevention first and comprehensive management. Fulfil the main responsibility of every unit.",
            "II. Organizational leadership",
            "The company sets up a Safety Month leading group.",
            "@Group leader: Zhang Jianguo (General Manager)",
            "@Deputy group leaders: Li Ming (Deputy General Manager); Wang Fang (Safety Director)",
            "@Members: Zhao Qiang, Chen Jing, Liu Yang",
            "Its office is in the Safety Department.",
            "III. Main tasks",
            "(1) Publicity and training",
            "Posters in the berths and the waiting hall, a warning film for all staff, and emergency training for the checkers.",
            "(2) Hidden danger checks",
            "Check the container yard, the oil tanks and the dangerous goods area. Keep one list of problems, owners and deadlines.",
            "IV. Implementation steps",
            "The first stage: mobilization and deployment stage (before May 31)",
            "Kick-off meeting, this plan issued, tasks divided.",
            "The second stage: comprehensive implementation stage (June 1 to June 30)",
            "All units carry out the tasks. The leading group's office checks progress every week.",
            "The third stage: summary and improvement stage (early July)",
            "Each unit sends a written summary to the leading group's office by July 10.",
            "V. Work requirements",
            "1. Strengthen leadership: the head of each unit answers for the Safety Month in that unit.",
            "2. Report on time: progress reports reach the office every Friday.",
            "~Jiangwan Port Company Safety Committee",
            "~May 20, 2014"));

    static final Sample EN_DECIMAL = new Sample("en-decimal", "en", "Riverside Hospital Fire Safety Campaign Plan", "Riverside Hospital", 3,
            List.of("Preparation", "Inspection and drills", "Review"), List.of(
            "Riverside Hospital Fire Safety Campaign Plan",
            "This plan sets out how the hospital will run its fire safety campaign this autumn.",
            "1. Objectives",
            "1.1 Every ward knows its evacuation routes.",
            "1.2 Every fire door and extinguisher is checked and recorded.",
            "2. Organization",
            "The campaign group is led by Susan Clark (Chief Executive), with Tom Baker as deputy group leader and Amy Lee as member.",
            "3. Schedule",
            "|Stage|Period|Tasks",
            "|Preparation|September 1 to September 15|Plan, train the fire wardens",
            "|Inspection and drills|September 16 to October 31|Ward inspections, two night drills",
            "|Review|November|Report to the board",
            "4. Requirements",
            "4.1 Heads of department make sure their staff take part.",
            "4.2 Problems found are fixed within two weeks. The facilities office keeps the list.",
            "~Riverside Hospital",
            "~12 August 2016"));

    static final Sample EN_PHASES = new Sample("en-phases", "en", "Greenfield County Road Safety Programme", null, 4,
            List.of("Awareness", "Enforcement"), List.of(
            "Greenfield County Road Safety Programme",
            "The county will reduce road accidents near schools and markets.",
            "A. Background",
            "Accidents near schools rose last year. Most happened in the morning rush.",
            "B. Leading group",
            "@Head: Mary Jones, County Deputy Mayor",
            "@Deputy head: Peter Brown",
            "@Members: Ann White; Mark Green",
            "C. Phases",
            "Phase 1: Awareness (March to April)",
            "Talks in every school. Leaflets in the markets.",
            "Phase 2: Enforcement (May 1 to June 30)",
            "Police checks at the school gates. Speed cameras on the main road.",
            "D. Measures",
            "First, every school names a road safety teacher.",
            "Second, the markets set up safe crossing points."));

    /** A water company's flood-season plan: a stage dated by the season, telephone numbers on the roster lines. */
    static final Sample ZH_WATER = new Sample("zh-water", "zh-CN", "某某县自来水公司2025年防汛安全生产专项整治行动实施方案",
            "某某县自来水公司", 6, List.of("动员部署阶段", "自查自纠阶段", "集中整治阶段", "总结验收阶段"), List.of(
            "某某县自来水公司2025年防汛安全生产专项整治行动实施方案",
            "为切实做好2025年汛期供水安全生产工作，确保汛期供水安全，结合我公司实际，制定本方案。",
            "一、工作目标",
            "通过专项整治，消除供水设施安全隐患，确保汛期不发生较大以上安全生产事故。",
            "二、组织领导",
            "公司成立专项整治行动领导小组，组成如下：",
            "@组  长：王建国（党委书记、董事长） 联系电话：13800001111",
            "@副组长：李卫东（总经理）、张  华（副总经理）",
            "@成  员：刘洋（办公室主任）、陈静（生产技术部经理）、各水厂厂长",
            "三、实施步骤",
            "（一）动员部署阶段（即日起至4月30日）。召开动员会，制定各单位方案。",
            "（二）自查自纠阶段（5月1日—5月31日）。各单位全面开展自查。",
            "（三）集中整治阶段（汛期）。对查出的隐患集中整改。",
            "（四）总结验收阶段（10月底前）。公司组织验收，总结经验。",
            "四、工作要求",
            "各单位于每月底前报送整治进展情况，联系人：陈静，电话：0591-87654321。",
            "~某某县自来水公司",
            "~2025年4月15日"));

    /** An English school's plan: a committee with a post after a comma and a telephone number, stages by term and Easter. */
    static final Sample EN_ACADEMY = new Sample("en-academy", "en", "Hillside Academy Whole-School Safety Action Plan",
            "Hillside Academy", 4, List.of("Audit", "Training", "Drills"), List.of(
            "Hillside Academy Whole-School Safety Action Plan",
            "This plan sets out how the academy will improve site safety and emergency readiness.",
            "1. Purpose",
            "To make sure every pupil and member of staff is safe on site and on trips.",
            "2. Safety Committee",
            "@Chair: Mrs. P. Evans (Headteacher)",
            "@Vice-Chair: Mr. T. Hill, Business Manager",
            "@Members: Ms. A. Patel (SENCo); Mr. R. Singh (Site Manager), tel. 01234 567890",
            "3. Stages",
            "3.1 Audit (w/c 10 March)",
            "The site is walked and the risk assessments are reviewed.",
            "3.2 Training (before Easter)",
            "Staff take fire safety and first-aid refreshers.",
            "3.3 Drills (the summer term)",
            "Two full evacuation drills are held.",
            "4. Measures",
            "Termly reports go to the governing body.",
            "~Hillside Academy",
            "~3 March 2025"));

    static List<Sample> all() {
        return List.of(ZH_NOTICE, ZH_SCHOOL, ZH_TABLES, ZH_CHAPTERS, EN_HARBOR, EN_DECIMAL, EN_PHASES, ZH_WATER, EN_ACADEMY);
    }
}
