package org.planpress.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file's front matter (the "key: value" lines between two "---" lines at its top, as static-site and
 * note-taking tools write them): its title, author or organisation, and date, which the plan's header takes.
 */
final class FrontMatter {

    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$");
    /** The keys naming who issued the plan. */
    private static final List<String> ISSUER_KEYS = List.of("issuer", "organisation", "organization", "publisher", "author", "owner");

    private final Map<String, String> entries;
    /** The index of the first line after the front matter (0 when there is none). */
    final int end;

    private FrontMatter(Map<String, String> entries, int end) {
        this.entries = entries;
        this.end = end;
    }

    /** The front matter at the top of the lines, or one that is empty (end 0) when they do not open with "---". */
    static FrontMatter of(String[] lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (lines.length < 3 || !lines[0].strip().equals("---")) return new FrontMatter(entries, 0);
        for (int i = 1; i < Math.min(lines.length, 60); i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) return new FrontMatter(entries, i + 1);
            Matcher m = ENTRY.matcher(l);
            if (m.matches()) entries.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), unquoted(m.group(2)));
            else if (!l.isEmpty() && !l.startsWith("-") && !l.startsWith("#")) return new FrontMatter(new LinkedHashMap<>(), 0); // not YAML
        }
        return new FrontMatter(new LinkedHashMap<>(), 0);
    }

    private static String unquoted(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) s = s.substring(1, s.length() - 1);
        return s.strip();
    }

    /**
     * The paragraphs with the front matter's facts put where the detector reads a plan's header: its title as the
     * first heading when the text has no heading of that title, then "Issued by: …" and "Date: …" under it.
     */
    void apply(List<Paragraph> out) {
        if (end == 0) return;
        String title = entries.getOrDefault("title", "");
        int at = 0;
        if (!out.isEmpty() && !out.get(0).isTable() && out.get(0).level() > 0) at = 1; // the text's own title heading
        else if (!title.isEmpty()) out.add(at++, new Paragraph(title, 1, false, false, null, 2));
        String issuer = null;
        for (String k : ISSUER_KEYS) if (issuer == null && !entries.getOrDefault(k, "").isEmpty()) issuer = entries.get(k);
        String date = entries.getOrDefault("date", "");
        if (issuer != null) out.add(at++, new Paragraph("Issued by: " + issuer, 0, false, false, null, 2));
        if (!date.isEmpty() && Dates.find(date) != null) out.add(at, new Paragraph("Date: " + date, 0, false, false, null, 2));
    }
}
