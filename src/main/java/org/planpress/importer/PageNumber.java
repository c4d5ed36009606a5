package org.planpress.importer;

import java.util.regex.Pattern;

/**
 * A page number typed into the text, as a paper document's footer prints it and as it stays in a Word file, a PDF's
 * text or a page copied from one: "— 3 —", "- 3 -", "第 3 页", "第3页 共6页", "Page 3 of 6", "3 / 6". A bare number
 * is not one here (it may be a year or a table's figure).
 */
final class PageNumber {

    private static final Pattern PAGE = Pattern.compile("^[-—–－―]+\\s*\\d{1,4}\\s*[-—–－―]+$|^第\\s*\\d{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?$"
            + "|^(?i)page\\s+\\d{1,4}(\\s+of\\s+\\d{1,4})?$|^\\d{1,4}\\s*[/／]\\s*\\d{1,4}$");

    private PageNumber() {
    }

    static boolean is(String line) {
        return PAGE.matcher(Text.strip(line).replace('\u3000', ' ')).matches();
    }
}
