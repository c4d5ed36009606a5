package org.planpress.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.planpress.html.PageLinks;
import org.planpress.diag.Diagnostics;

/**
 * Checks the cross-references of converted plans: every link to another plan must name a plan that
 * exists and, with a fragment, an id in it; every in-page fragment must exist. Errors point at the source
 * line holding the reference.
 */
public final class XrefChecker {
    private static final Pattern CONTROL = Pattern.compile("[\\s\\x00-\\x1f]");
    private XrefChecker() {
    }

    /** Adds an error for each broken cross-reference; {@code scans}: each plan's body scanned, in the plans' order. */
    public static void check(List<ConvertedPlan> plans, List<PageLinks> scans, Diagnostics diagnostics) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) ids.put(plans.get(i).plan().id(), scans.get(i).ids());
        for (int i = 0; i < plans.size(); i++) {
            ConvertedPlan c = plans.get(i);
            for (PageLinks.Anchor a : scans.get(i).anchors()) {
                String href = Parser.unescapeEntities(a.href(), true);
                String scheme = CONTROL.matcher(href.strip().toLowerCase(java.util.Locale.ROOT)).replaceAll("");
                if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:text/html")) {
                    diagnostics.error(c.source().displayPath(), lineContaining(c, href.strip().substring(0, Math.min(11, href.strip().length()))),
                            "link with a script URL is not allowed: " + href);
                    continue;
                }
                if (href.isEmpty() || href.contains(":") || href.startsWith("//")) continue;
                String path = href;
                String frag = null;
                int hash = href.indexOf('#');
                if (hash >= 0) {
                    path = href.substring(0, hash);
                    frag = java.net.URLDecoder.decode(href.substring(hash + 1), java.nio.charset.StandardCharsets.UTF_8);
                }
                String target;
                if (path.isEmpty()) target = c.plan().id();
                else if (path.endsWith(".html") && !path.contains("/")) target = path.substring(0, path.length() - 5);
                else continue; // other files (images, attachments) are checked by the site link check
                String shown = path.isEmpty() ? "#" + frag : path.replaceAll("\\.html$", ".adoc") + (frag == null ? "" : "#" + frag);
                if (!ids.containsKey(target)) {
                    diagnostics.error(c.source().displayPath(), lineOf(c, target + ".adoc", frag),
                            "cross-reference to a missing plan: " + shown);
                } else if (frag != null && !frag.isEmpty() && !ids.get(target).contains(frag)) {
                    diagnostics.error(c.source().displayPath(), lineOf(c, path.isEmpty() ? null : target + ".adoc", frag),
                            "cross-reference to a missing anchor: " + shown);
                }
            }
        }
    }

    private static int lineContaining(ConvertedPlan c, String text) {
        String[] lines = c.source().text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT))) return i + 1;
        }
        return 0;
    }

    private static int lineOf(ConvertedPlan c, String file, String frag) {
        String[] lines = c.source().text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean f = file == null || l.contains(file) || l.contains(file.replace(".adoc", ""));
            boolean g = frag == null || l.contains(frag);
            if (f && g && (l.contains("xref:") || l.contains("<<") || l.contains("link:"))) return i + 1;
        }
        return 0;
    }
}
