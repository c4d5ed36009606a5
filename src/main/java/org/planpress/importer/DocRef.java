package org.planpress.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An English document reference near the title: "Document ref: RWC/CCR/2024/07", "Plan No. PA-2024-011", "Ref. No.: HSE-12". */
final class DocRef {

    private static final Pattern REF = Pattern.compile("(?i)\\b(?:document\\s+ref(?:erence)?(?:\\s+no\\.?)?|doc(?:ument)?\\.?\\s+no\\.?|ref(?:erence)?\\.?\\s+no\\.?"
            + "|plan\\s+no\\.?|plan\\s+number|plan\\s+ref(?:erence)?(?:\\s+no\\.?)?|file\\s+no\\.?|our\\s+ref(?:erence)?)\\s*[:：#]?\\s*(?-i:([A-Z0-9][A-Za-z0-9]*(?:[/\\-.][A-Za-z0-9]+)+|[A-Z]{1,6}\\d{2,}))");

    private DocRef() {
    }

    /** The reference in the line, or null. */
    static String of(String line) {
        if (Text.width(line) > 140) return null;
        Matcher m = REF.matcher(line);
        return m.find() ? m.group(1) : null;
    }
}
