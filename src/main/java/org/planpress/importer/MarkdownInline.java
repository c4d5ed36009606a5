package org.planpress.importer;

import java.util.regex.Pattern;

/**
 * Markdown's inline marks taken off a line, keeping their text: strong and emphasis ({@code **Lead:**}, {@code __x__},
 * {@code *x*}), code spans, links ({@code [text](url)} is its text) and images. The plan detector reads text, as it
 * does from Word and web pages; a whole bold line is a heading hint ({@link #wholeLineBold}).
 */
final class MarkdownInline {
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

    private MarkdownInline() {
    }

    static String plain(String line) {
        if (line.indexOf('*') < 0 && line.indexOf('_') < 0 && line.indexOf('`') < 0 && line.indexOf('[') < 0) return line;
        String s = IMAGE.matcher(line).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        return EMPHASIS.matcher(s).replaceAll("$2");
    }

    /** A line that is all one strong span ("**Leading group**"), as Markdown writers mark headings. */
    static boolean wholeLineBold(String line) {
        return line.length() > 4 && (line.startsWith("**") && line.endsWith("**") || line.startsWith("__") && line.endsWith("__"))
            && line.indexOf(line.substring(0, 2), 2) == line.length() - 2;
    }
}
