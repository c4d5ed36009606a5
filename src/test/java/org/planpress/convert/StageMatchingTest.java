package org.planpress.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The normalisation stages and section titles are matched with (timeline anchors). */
class StageMatchingTest {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void normalisingKeepsLettersAndNumbersOfAnyScriptAsTheRegularExpressionDid() {
        String pool = "aZ09 -_.,;:!?()（）、。“”‘’·•\t\n一二三工作措施第ⅣⅫ①②½éÉßİ𝟘𝐀😀\u00a0\u200b";
        Random r = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(20);
            for (int k = 0; k < len; k++) sb.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, r.nextInt(pool.codePointCount(0, pool.length())))));
            String s = sb.toString();
            String expected = NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            assertEquals(expected, PlanTreeprocessor.norm(s), () -> "for \"" + s + "\"");
        }
        assertEquals("第一阶段 准备 2024", PlanTreeprocessor.norm("（第一阶段：准备）2024。"));
    }
}
