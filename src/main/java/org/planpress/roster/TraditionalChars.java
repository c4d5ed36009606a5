package org.planpress.roster;

/**
 * Traditional characters of the surnames, posts and units of rosters and their simplified forms (張 张, 縣 县,
 * 長 长, 辦 办 ...), so that a roster in traditional characters is read by the same rules ({@code 局長 張三} is
 * 張三 (局長)). Each maps to one character: the text is read simplified and its pieces shown as written.
 */
final class TraditionalChars {
    private TraditionalChars() {
    }

    private static final String TRADITIONAL =
        "長縣書記員務會辦處廳學醫區鎮鄉衛導組隊師經監總責負聯絡揮財業農發環護東陳張劉楊黃趙吳孫馬鄭謝韓馮鄧蕭許錢葉羅蔣盧陸鍾譚賈閻範鄒龔龍萬賴顧湯賀蘇鄺聶嚴歐陽諸門宮溫鄔閔塗車齊喬莊紀鮑單項簡慶豐邊麥倫勞駱藍畢華饒費寧韋國際產開關圖館屬機構團體軍轉運輸電話郵質檢驗輔專職幹級實審計統黨視訊網廣廠礦場鐵鋼銀稅災預險應議參謀問協調講園義課營藥療術訓練藝選舉眾鄰優獎勵紳";
    private static final String SIMPLIFIED =
        "长县书记员务会办处厅学医区镇乡卫导组队师经监总责负联络挥财业农发环护东陈张刘杨黄赵吴孙马郑谢韩冯邓萧许钱叶罗蒋卢陆钟谭贾闫范邹龚龙万赖顾汤贺苏邝聂严欧阳诸门宫温邬闵涂车齐乔庄纪鲍单项简庆丰边麦伦劳骆蓝毕华饶费宁韦国际产开关图馆属机构团体军转运输电话邮质检验辅专职干级实审计统党视讯网广厂矿场铁钢银税灾预险应议参谋问协调讲园义课营药疗术训练艺选举众邻优奖励绅";

    /** The text with each traditional character of {@link #TRADITIONAL} simplified; the same length. */
    static String simplified(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            int k = TRADITIONAL.indexOf(text.charAt(i));
            if (k < 0) continue;
            if (sb == null) sb = new StringBuilder(text);
            sb.setCharAt(i, SIMPLIFIED.charAt(k));
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * {@code part}, read from {@code simplified} (the simplified form of {@code original}), in the characters of
     * {@code original}: each character simplified there is written back as it was.
     */
    static String asWritten(String part, String simplified, String original) {
        if (part == null) return null;
        int at = simplified.indexOf(part);
        if (at >= 0) return original.substring(at, at + part.length());
        StringBuilder sb = new StringBuilder(part);
        for (int i = 0; i < sb.length(); i++) {
            int k = simplified.indexOf(sb.charAt(i));
            if (k >= 0) sb.setCharAt(i, original.charAt(k));
        }
        return sb.toString();
    }
}
