package org.planpress.i18n;

/** Which writing system a character belongs to, as far as fonts and {@code lang} attributes care. */
public final class Scripts {
    private Scripts() {
    }

    /** True for Chinese, Japanese and Korean characters, their punctuation and full-width forms. */
    public static boolean cjk(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xAC00 && cp <= 0xD7AF || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x20000 && cp <= 0x3FFFF;
    }
}
