package org.planpress.roster;

import java.util.Locale;
import java.util.Set;

/**
 * The words that tell a post from a name and a group from a person in a roster line: Chinese posts by
 * their ending (…长, …主任, …书记, …员), English posts by a list of title words, common Chinese surnames
 * (to find where a name starts when it is written against its post), and the marker words of groups
 * (各, 全体, all, each).
 */
final class PositionWords {
    private PositionWords() {
    }

    /** Endings of Chinese posts (any of them makes a post): 办公室主任, 党委书记, 项目经理, 安全总监. */
    private static final String[] ZH_ENDINGS = {
        "主任", "书记", "经理", "总监", "委员", "干事", "校医", "主席", "秘书", "科员", "助理", "专员", "主管",
        "负责人", "负责同志", "责任人", "联系人", "联络人", "召集人", "带头人", "会计", "出纳", "顾问", "指挥", "政委", "董事",
        "监事", "理事", "代表", "老师", "教师", "律师", "医师", "技师", "讲师", "导师", "工程师", "会计师", "医生",
        "护士", "教练", "教授", "专家", "总工", "参谋", "督导", "督学", "干部", "社工", "院士", "总裁", "常委",
        "领导", "一把手", // 分管领导, 主要领导, 县直部门一把手
    };

    /** Characters that name a unit before 长 (局长, 县长, 校长, 秘书长, 董事长, 井长, 河长); 长 after a given name is not a post. */
    private static final String HEAD_UNITS = "局县市组校处科厂院所站队部省镇乡村社馆行班段股区署会室书团厅司矿园台庭事车机士店场州旗盟委办井河湖";

    /** Single-character endings of posts after any character: 联络员, 法官, 工程师. */
    private static final String ZH_LOOSE_ENDINGS = "员官师";

    /** Endings of member units and organisations (县教育局, 县人民医院, 工会): a group, or a person's unit. */
    private static final String[] ZH_UNITS = {
        "局", "委", "办", "厅", "部", "院", "所", "站", "处", "室", "队", "组", "团", "村", "镇", "乡", "校", "科", "股",
        "中心", "公司", "学校", "单位", "部门", "科室", "委员会", "协会", "工会", "学会", "支部", "街道", "社区",
        "医院", "集团", "年级", "班",
    };

    /** Words that start a Chinese group: 各村支部书记, 全体班主任, 所有成员, 相关部门负责人. */
    private static final String[] ZH_GROUP_STARTS = {"各", "全体", "所有", "全部", "相关", "有关", "其他", "其余", "部分", "每个", "每位"};

    /** Common single-character surnames (the start of a name written against its post). */
    private static final String SURNAMES =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
        + "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
        + "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
        + "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农卓古吉缪简车项连芦麦褚娄窦戚岑景宫"
        + "费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡鞠惠"
        + "荆乐冀郁胥南储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣"
        + "晋初云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸慕危玉银亢嵇湛宾戎勾茅利"
        + "於居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧由";

    /** Two-character surnames. */
    static final Set<String> COMPOUND_SURNAMES = Set.of(
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "长孙", "宇文", "司徒",
        "西门", "南宫", "端木", "独孤", "轩辕", "呼延", "澹台", "万俟", "闻人", "申屠", "拓跋", "百里", "东郭", "钟离");

    /** English words that are the head of a post: "Project Manager", "heads of all departments". */
    private static final Set<String> EN_HEADS = words(
        "manager", "director", "engineer", "officer", "head", "chief", "secretary", "chairman", "chairwoman",
        "chairperson", "chair", "supervisor", "president", "leader", "commander", "coordinator", "inspector",
        "administrator", "accountant", "principal", "teacher", "mayor", "governor", "captain", "foreman",
        "superintendent", "controller", "treasurer", "clerk", "specialist", "technician", "assistant", "adviser",
        "advisor", "consultant", "representative", "member", "commissioner", "minister", "executive", "analyst",
        "nurse", "doctor", "physician", "counsellor", "counselor", "instructor", "lecturer", "professor", "coach",
        "auditor", "liaison", "operator", "planner", "designer", "architect", "editor", "spokesperson", "staff",
        "deputy", "ceo", "cfo", "cto", "coo", "gm", "worker", "employee", "official", "cadre", "volunteer",
        "monitor", "guard", "dean", "warden", "chancellor", "provost", "registrar", "librarian", "cashier", "driver",
        "electrician", "mechanic", "surveyor", "geologist", "pharmacist", "midwife", "paramedic", "firefighter",
        "magistrate", "ombudsman", "receptionist", "custodian", "trainer", "tutor", "invigilator", "steward",
        "attendant", "safety-officer", "party-secretary", "secretary-general", "headteacher", "headmaster",
        "headmistress", "head-teacher", "senco", "bursar", "caretaker", "lead", "champion", "convener", "convenor",
        "caseworker", "officer-in-charge", "ranger", "marshal", "fire-warden", "master", "harbourmaster", "harbormaster",
        "stationmaster", "quartermaster", "pilot", "dispatcher", "foreperson", "overseer", "ganger",
        // ranks of police, fire and armed services, written before a name as its post (Detective Inspector Raj Patel)
        "constable", "sergeant", "detective", "lieutenant", "colonel", "brigadier", "admiral", "corporal", "commodore",
        "vicar", "chaplain", "rector", "pastor", "curate", "imam", "rabbi", "bishop",
        "practitioner", "translator", "interpreter", "paediatrician", "pediatrician", "surgeon", "therapist", "psychologist",
        "psychiatrist", "dietitian", "radiographer", "clinician", "epidemiologist", "scientist", "lawyer", "solicitor",
        "barrister", "attorney", "judge", "matron", "agent", "facilitator", "mentor", "assessor", "investigator", "examiner",
        // parties of a construction project and of a programme's governance: Principal Contractor, Senior Responsible Owner
        "contractor", "subcontractor", "owner", "sponsor", "client",
        // elected and appointed members of boards (Trustee Maria Lopez), and family doctors (Dr Raj Patel, GP)
        "trustee", "alderman", "alderwoman", "selectman", "selectwoman", "gp");

    /** English words that modify a post or name a department inside it: "Deputy Project", "Research and Development". */
    private static final Set<String> EN_MODIFIERS = words(
        "vice", "acting", "senior", "junior", "general", "associate", "lead", "standing", "managing", "assistant",
        "project", "site", "safety", "technical", "technology", "quality", "production", "construction", "operations",
        "operation", "operating", "finance", "financial", "human", "resources", "resource", "research", "development",
        "r&d", "security", "environmental", "environment", "health", "equipment", "plant", "party", "trade", "youth",
        "shift", "departmental", "corporate", "district", "county", "city", "municipal", "township", "village",
        "town", "provincial", "regional", "area", "ward", "class", "grade", "student", "academic", "affairs",
        "administrative", "administration", "logistics", "sales", "marketing", "procurement", "purchasing",
        "supply", "maintenance", "training", "publicity", "propaganda", "emergency", "fire", "medical", "nursing",
        "planning", "design", "legal", "information", "it", "communications", "public", "relations", "discipline",
        "inspection", "education", "teaching", "women's", "workers'", "labour", "labor", "civil", "mechanical",
        "electrical", "structural", "environmental", "occupational", "traffic", "transport", "police", "school",
        "hospital", "mine", "mining", "engineering", "executive", "chief", "head", "deputy", "principal",
        "safeguarding", "pastoral", "welfare", "wellbeing", "curriculum", "examinations", "exams", "data", "facilities",
        "estates", "catering", "admissions", "careers", "attendance", "behaviour", "behavior", "inclusion", "premises",
        "first-aid", "community", "outreach", "compliance", "risk", "audit", "hr", "pe", "ict", "science", "sports",
        "harbour", "harbor", "port", "dock", "terminal", "water", "waterworks", "road", "roads", "bridge", "fleet", "depot",
        "network", "pipeline", "treatment", "supply", "year", "form", "house", "phase", "key", "stage", "subject", "faculty", "business", "commercial",
        "customer", "service", "services", "accounts", "payroll", "programme", "program", "product", "events", "media",
        "press", "digital", "energy", "asset", "assets", "contracts", "property", "library", "office");

    /** English words that name a unit: a phrase ending with one is an organisation ("Safety Department"). */
    private static final Set<String> EN_UNITS = words(
        "department", "office", "bureau", "committee", "division", "section", "team", "group", "center",
        "centre", "company", "branch", "unit", "station", "union", "league", "association", "board", "council",
        "school", "hospital", "clinic", "brigade", "squad", "workshop", "institute", "administration", "agency",
        "authority", "commission", "federation", "headquarters", "ministry", "government", "court", "procuratorate",
        "congress", "secretariat", "kindergarten", "university", "college", "academy", "factory", "enterprise",
        "firm", "corporation", "cooperative", "community");

    /** Words that may stand inside a post between title words: "Director of the Safety Office". */
    private static final Set<String> EN_LINKS = words("of", "the", "for", "and", "&", "in", "at", "on");

    /** Words that make an English phrase a group: "all team leaders", "each class teacher". */
    private static final Set<String> EN_GROUP_WORDS = words(
        "all", "each", "every", "various", "relevant", "respective", "other", "those", "everyone", "everybody");

    /** A set of words; a word may be listed twice (a modifier that is also a head). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && cp != '〇';
    }

    /** The middle dots of minority names: 库热西·买合苏提, 阿依古丽・吐尔逊. */
    static boolean isNameDot(int cp) {
        return cp == '·' || cp == '•' || cp == '‧' || cp == '・' || cp == '∙' || cp == '⋅' || cp == '．';
    }

    static boolean isSurname(String s) {
        return !s.isEmpty() && SURNAMES.indexOf(s.charAt(0)) >= 0
            || s.length() >= 2 && COMPOUND_SURNAMES.contains(s.substring(0, 2));
    }

    /**
     * Whether the text starts with one of the hundred most common surnames (the first of {@link #SURNAMES}, which
     * cover most people): a name of two characters written against a title (张华常委) starts with one; 车间主任 does not.
     */
    static boolean isCommonSurname(String s) {
        return !s.isEmpty() && SURNAMES.indexOf(s.charAt(0)) >= 0 && SURNAMES.indexOf(s.charAt(0)) < 100
            || isCompoundSurname(s);
    }

    static boolean isCompoundSurname(String s) {
        return s.length() >= 2 && COMPOUND_SURNAMES.contains(s.substring(0, 2));
    }

    /** Whether Chinese text is a post by its ending: 副市长, 市安监局局长, 办公室主任, 安全员. */
    static boolean isZhPosition(String s) {
        if (s.length() < 2) return false;
        for (String e : ZH_ENDINGS) {
            if (s.endsWith(e)) return true;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '长') return HEAD_UNITS.indexOf(s.charAt(s.length() - 2)) >= 0;
        return ZH_LOOSE_ENDINGS.indexOf(last) >= 0;
    }

    /**
     * Whether Chinese text reads as a post on its own, so that written against a name it is that name's post: a
     * title of two characters (县长, 常委, 主任; {@link #isZhTitle}), or a post that starts as posts do: with 副, 总
     * or 党, a field (安全总监, 项目经理) or a title word (秘书长, 董事长). Not a place: in 邵阳市副市长 the 市 ends a
     * place name, so a post written against a name after a place (张三县教育局局长) needs a space.
     */
    static boolean isWholePost(String s) {
        if (!isZhPosition(s)) return false;
        if (s.length() == 2) return isZhTitle(s);
        if ("副总党".indexOf(s.charAt(0)) >= 0 || isZhField(s) || isZhPostPrefix(s.substring(0, 2))) return true;
        for (String e : ZH_ENDINGS) {
            if (e.length() == 2 && s.startsWith(e)) return true;
        }
        return false;
    }

    /** Two-character titles one is addressed by, after a name: 县长, 局长 (any unit and 长), 主任, 书记, 经理, 常委 ... */
    static boolean isZhAddressTitle(String s) {
        return s.length() == 2 && (s.charAt(1) == '长' && isZhTitle(s) || ADDRESS_TITLES.contains(s));
    }

    private static final Set<String> ADDRESS_TITLES = Set.of(
        "主任", "书记", "经理", "总监", "主席", "常委", "主管", "秘书", "总裁", "总工", "政委", "董事", "顾问");

    /** How a person is addressed after the name: 张三老师 is 张三 (老师); 同志, 先生, 女士 are dropped. */
    static final String[] ZH_ADDRESS = {"副主任医师", "主任医师", "主治医师", "副研究员", "研究员", "副教授", "教授", "高级工程师", "工程师",
        "博士", "医生", "医师", "老师", "师傅", "同志", "先生", "女士"}; // the longest first: 刘芳副教授 is 刘芳 (副教授)

    /** Whether a word is a title of rank or degree (教授, 副教授, 医生, 博士, 研究员): after a name it is part of the person's position. */
    static boolean isZhRankTitle(String s) {
        return ZH_RANK_TITLES.contains(s);
    }

    /** The forms of address that are titles of rank or degree, not courtesy (同志, 先生, 女士, 师傅). */
    private static final Set<String> ZH_RANK_TITLES = Set.of(java.util.Arrays.stream(ZH_ADDRESS)
        .filter(a -> !Set.of("同志", "先生", "女士", "师傅").contains(a)).toArray(String[]::new));

    /**
     * Units whose name starts with a surname's character, so that 支队长 is the head of a detachment, not Director
     * Zhi (as 王局长 is Director Wang).
     */
    private static final Set<String> ZH_SUB_UNITS = Set.of("支队", "支行", "支部", "车队", "车间", "连队", "班组", "分队", "分局",
        "分行", "分会", "中队", "大队", "总队", "党支", "团支");

    static boolean isZhSubUnit(String s) {
        return s.length() >= 2 && ZH_SUB_UNITS.contains(s.substring(0, 2));
    }

    /** Two-character endings of organisations: 居委会, 村委会, 团委, 街道办 are units, never names. */
    private static final String[] ZH_ORGANISATION_ENDS = {"委会", "团委", "党委", "村委", "居委", "工委", "纪委", "政府", "中心", "支部",
        "总支", "小组", "协会", "工会", "学会", "商会", "街道", "社区", "医院", "学校", "公司", "道办", "联会"};

    /** Single characters that end the name of a unit: 局, 办, 部, 处, 联 (妇联) ... (not 科, 会: 王科, 李会 are names). */
    private static final String ZH_ORGANISATION_CHARS = "委局办部处股所站队院校厅室联";

    /**
     * Whether Chinese text names an organisation by its ending: 居委会, 团委, 教育局, 街道办; a word of two
     * characters with one of 局, 办, 部 ... at the end only when it does not start with a surname (王局 is a name).
     */
    static boolean endsAsOrganisation(String s) {
        if (s.length() < 2) return false;
        for (String e : ZH_ORGANISATION_ENDS) if (s.endsWith(e)) return true;
        char last = s.charAt(s.length() - 1);
        if (last == '会' || last == '科') return s.length() > 4 || !isSurname(s); // 县红十字会, 教务科 (王建会, 张科 are names)
        if (ZH_ORGANISATION_CHARS.indexOf(last) < 0) return false;
        return s.length() >= 3 || !isSurname(s);
    }

    /** Words that start a post and are never a name: 常务 in 常务副县长, 执行 in 执行组长. */
    static boolean isZhPostPrefix(String s) {
        for (String p : POST_QUALIFIERS) {
            if (s.endsWith(p)) return true;
        }
        return false;
    }

    /** Words that qualify a post before it: 常务副县长, 高级工程师, 首席专家, 专职安全员, 分管副县长. */
    private static final String[] POST_QUALIFIERS = {"常务", "执行", "代理", "名誉", "第一", "高级", "首席", "特级", "专职", "兼职", "分管", "资深"};

    /** A two-character title that follows a surname as a form of address: 局长 in 王局长, 主任 in 张主任 (not 事长, 书长, 士长: 董事长, 秘书长 and 护士长 are posts of their own). */
    static boolean isZhTitle(String s) {
        if (s.length() != 2 || !isZhPosition(s) || s.equals("事长") || s.equals("书长") || s.equals("士长")) return false;
        return s.charAt(1) == '长' || !isZhLoose(s);
    }

    private static boolean isZhLoose(String s) {
        for (String e : ZH_ENDINGS) {
            if (s.endsWith(e)) return false;
        }
        return true;
    }

    /** Whether Chinese text names a unit or organisation (three characters or more): 县教育局, 工会. */
    static boolean isZhUnit(String s) {
        if (s.length() < 3) return false;
        for (String e : ZH_UNITS) {
            if (s.endsWith(e)) return true;
        }
        return false;
    }

    /** Whether the text at {@code from} starts with a word that starts a group: 各, 全体, 所有 (及全体班主任). */
    static boolean startsZhGroup(String s, int from) {
        for (String w : ZH_GROUP_STARTS) {
            if (s.startsWith(w, from) && s.length() > from + w.length()) return true;
        }
        return s.startsWith("全", from) && s.length() >= from + 4;
    }

    /** Whether Chinese text starts like a group: 各村支部书记, 全体班主任. */
    static boolean isZhGroup(String s) {
        for (String w : ZH_GROUP_STARTS) {
            if (s.startsWith(w) && s.length() > w.length()) return true;
        }
        if (s.startsWith("全") && s.length() >= 4) return true; // 全校师生, 全矿干部职工 (全红婵 is a name)
        for (String w : ZH_GROUP_ENDS) {
            if (s.endsWith(w) && s.length() > w.length()) return true;
        }
        return false;
    }

    /** Endings of Chinese groups: 干部职工, 全校师生, 村民代表们. */
    private static final String[] ZH_GROUP_ENDS = {"们", "等人", "职工", "员工", "师生", "群众", "学生", "家长", "党员"};

    /**
     * Department and field words that begin posts and are never names: 安全 in 安全副矿长, 技术 in 技术副总.
     * A name written against a post (李卫国副市长) is not one of them.
     */
    private static final Set<String> ZH_FIELDS = Set.of(
        "安全", "生产", "技术", "项目", "党委", "行政", "财务", "后勤", "教学", "政教", "教务", "德育", "工会", "团委",
        "纪检", "监察", "宣传", "组织", "人事", "办公", "综合", "经营", "设备", "机电", "通风", "调度", "质量", "环保",
        "消防", "医务", "护理", "信息", "科研", "营销", "市场", "采购", "物资", "运输", "基建", "工程", "施工", "监理",
        "常务", "执行", "总务", "保卫", "安保", "卫生", "防疫", "应急", "武装", "统战", "政法", "文化", "教育", "体育");

    /** Verbs that start what a person does in the group, after the name: 负责全面工作, 主持日常工作, 协助组长工作, 分管教育. */
    private static final java.util.regex.Pattern ZH_DUTY = java.util.regex.Pattern.compile(
        "(?:具体|全面|主要)?(?:负责|主持|协助|分管|牵头|统筹|协调|抓)(?!人|同志)\\p{IsHan}{2,}");

    /**
     * Whether Chinese text says what a person does in the group, not a post or a person: 负责全面工作, 主持日常工作,
     * 协助组长抓好落实 (not 负责人, 分管副县长, which are posts).
     */
    static boolean isZhDuty(String s) {
        return ZH_DUTY.matcher(s).matches() && !isZhPosition(s);
    }

    static boolean isZhField(String s) {
        return ZH_FIELDS.contains(s) || s.length() > 2 && ZH_FIELDS.contains(s.substring(0, 2));
    }

    /** The word in lower case without punctuation around it ("Officer:" is "officer"). */
    static String lower(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int from = 0;
        int to = w.length();
        while (from < to && !Character.isLetterOrDigit(w.charAt(from)) && w.charAt(from) != '&') from++;
        while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1)) && w.charAt(to - 1) != '&' && w.charAt(to - 1) != '\'') to--;
        String l = w.substring(from, to);
        return l.endsWith("(s") ? l.substring(0, l.length() - 2) + "s" : l; // Microbiologist(s): the plural
    }

    /** "of", "for", "in", "at", "on": a word that ties what follows to the post before it. */
    static boolean isEnOf(String word) {
        String w = lower(word);
        return w.equals("of") || w.equals("for") || w.equals("in") || w.equals("at") || w.equals("on");
    }

    /** A word that heads an English post, singular or plural: manager, Directors, chairmen, Vice-Principal. */
    static boolean isEnHead(String word) {
        String w = lower(word);
        if (EN_HEADS.contains(w) || EN_HEADS.contains(singular(w)) || practitioner(singular(w))) return true;
        int dash = w.indexOf('-');
        if (dash <= 0) return false;
        for (String part : w.split("-")) {
            if (!part.isEmpty() && (EN_HEADS.contains(part) || EN_HEADS.contains(singular(part)))) return true;
        }
        return false;
    }

    /**
     * Whether a word names a practitioner by its ending: -ist, -ician, -ographer (Microbiologist, Anaesthetist,
     * Pharmacist, Technician, Radiographer), as no family name does.
     */
    private static boolean practitioner(String w) {
        return w.length() >= 7 && (w.endsWith("ist") || w.endsWith("ician") || w.endsWith("ographer")) && w.chars().allMatch(Character::isLetter);
    }

    /** Whether the word is a plural head: "heads", "leaders", "teachers" (a group when no name is given). */
    static boolean isEnPluralHead(String word) {
        String w = lower(word);
        return !EN_HEADS.contains(w) && EN_HEADS.contains(singular(w)) || w.equals("staff");
    }

    static boolean isEnUnit(String word) {
        String w = lower(word);
        return EN_UNITS.contains(w) || EN_UNITS.contains(singular(w));
    }

    /** A word that can be part of an English post: a head, a modifier or a unit. */
    static boolean isEnPostWord(String word) {
        String w = lower(word);
        return isEnHead(w) || isEnUnit(w) || EN_MODIFIERS.contains(w) || EN_MODIFIERS.contains(singular(w)) || w.startsWith("vice-") || w.startsWith("co-")
            && isEnHead(w.substring(3));
    }

    /** Mr., Mrs., Ms., Dr., Prof., Sir, Dame, Rev., Cllr: a form of address before a name. */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(lower(word));
    }

    private static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
        "rev", "revd", "reverend", "rt", "honourable", "cllr", "councillor", "hon", "lord", "lady", "fr", "sr", "br", "mdm", "madam", "encik", "puan", "cik",
        "tuan", "datuk", "dato", "datin", "haji", "hajah", "hajjah");

    /**
     * Words that name an organisation or a service, never part of a personal name written without an honorific:
     * "the NHS Trust", "Anglian Water", "the State Emergency Service", "Metropolitan Police", "Corporate Services".
     * A unit word ({@link #isEnUnit}) is one too.
     */
    private static final Set<String> EN_ORGANISATION = words("trust", "service", "services", "police", "constabulary", "water",
        "rescue", "ambulance", "nhs", "highways", "transport", "health", "care", "safety", "council", "department",
        "directorate", "partnership", "foundation", "society", "charity", "network", "forum", "governors", "ltd",
        "limited", "inc", "plc", "llp", "group", "borough", "county", "parish", "region", "district", "city",
        "quality", "governance", "church", "diocese", "mosque", "temple", "finance", "procurement", "contracts", "facilities", "estates", "resources",
        "operations", "policy", "education", "curriculum", "emergency", "fire", "union", "affairs", "relations",
        // departments, so that "Head of Planning and Building Control" names no "Building Control"
        "control", "building", "planning", "housing", "regeneration", "gardens", "leisure", "libraries", "culture", "tourism",
        "environment", "waste", "recycling", "licensing", "engineering", "infrastructure", "compliance", "diseases",
        "medicine", "surgery", "paediatrics", "pediatrics", "nursing", "pharmacy", "radiology", "admissions", "inclusion",
        "safeguarding", "communications", "marketing", "logistics", "strategy", "performance", "development", "research",
        "innovation", "technology", "systems", "projects", "programmes", "programs");

    /** Whether the word names an organisation or a service (Trust, Police, Water, Services) or a unit (Council). */
    static boolean isEnOrganisation(String word) {
        String w = lower(word);
        return EN_ORGANISATION.contains(w) || EN_UNITS.contains(w) || EN_UNITS.contains(singular(w));
    }

    static boolean isEnLink(String word) {
        return EN_LINKS.contains(lower(word));
    }

    static boolean isEnGroupWord(String word) {
        return EN_GROUP_WORDS.contains(lower(word));
    }

    /** An English post word that cannot end a post: "Safety" in "Heads of the Safety, Production ... Departments". */
    static boolean isEnOpenModifier(String word) {
        String w = lower(word);
        return EN_MODIFIERS.contains(w) && !isEnHead(w) && !isEnUnit(w) || isEnLink(w);
    }

    /** "and" or "&" between people. */
    static boolean isEnConjunction(String word) {
        String w = lower(word);
        return w.equals("and") || w.equals("&");
    }

    /** 和, 及, 与, 以及, 同 written as a word of their own between people. */
    static boolean isZhConjunction(String word) {
        return word.equals("和") || word.equals("及") || word.equals("与") || word.equals("以及") || word.equals("同")
            || word.equals("并");
    }

    /** The conjunctions that may join two people inside one run of Chinese: 张三和李四. */
    static final String[] ZH_CONJUNCTIONS = {"以及", "和", "及", "与"};

    private static String singular(String w) {
        if (w.endsWith("men")) return w.substring(0, w.length() - 3) + "man";
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
