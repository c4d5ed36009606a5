package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What text extraction adds to a PDF's words: a space between a Han character and a digit or another Han character
 * ("青山县 2024 年", "6月 1 日": the font changed, the text did not), the wide gaps of justified English, and the
 * distribution line run into the signature's date ("二〇二四年五月二十日抄送：…").
 */
final class PdfText {

    private static final Pattern HAN_GAP = Pattern.compile("(?<=\\p{IsHan}) +(?=[\\p{IsHan}\\d])|(?<=\\d) +(?=\\p{IsHan})");
    private static final Pattern WIDE = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern DATE_THEN_TAIL = Pattern.compile("^(.{0,40}?" + Dates.ZH_DATE.pattern() + ")\\s*(?<tail>(抄送|抄报|主送|印发)[：:].*)$");

    private PdfText() {
    }

    /** The paragraph's text without the spaces extraction put in. */
    static String tidy(String s) {
        String t = HAN_GAP.matcher(s).replaceAll("");
        return WIDE.matcher(t).replaceAll(" ");
    }

    /** The paragraph, or the signature date and the distribution line after it as two paragraphs. */
    static List<String> splitTail(String s) {
        Matcher m = DATE_THEN_TAIL.matcher(s);
        if (!m.find()) return List.of(s);
        List<String> out = new ArrayList<>();
        out.add(Text.strip(m.group(1)));
        out.add(Text.strip(m.group("tail")));
        return out;
    }
}
