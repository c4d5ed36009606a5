package org.planpress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates plans shaped like real ones for benchmarks: a preamble, six to nine sections with
 * sub-sections, a [.roster] and a [.timeline], 5 to 12 KB each, with varied text so no two are alike.
 * Usage: {@code java -cp planpress.jar org.planpress.bench.PlanGenerator N DIR} (writes DIR/content/plans).
 */
public final class PlanGenerator {
    private static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
            "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo");
    private static final List<String> GIVEN = List.of("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Jun", "Yang",
            "Yong", "Jie", "Tao", "Ming", "Chao", "Xiuying", "Hui", "Gang", "Ping", "Hua", "Jianguo");
    private static final List<String> VERBS = List.of("Strengthen", "Improve", "Carry out", "Implement", "Promote",
            "Deepen", "Standardize", "Supervise", "Organize", "Inspect", "Rectify", "Consolidate");
    private static final List<String> OBJECTS = List.of("safety production supervision", "hidden danger investigation",
            "emergency rescue drills", "special rectification of construction sites", "safety education and training",
            "lifting machinery inspections", "fire prevention measures", "flood season preparation",
            "occupational health protection", "the responsibility system", "traffic diversion safety",
            "high-altitude operation protection", "scaffolding and formwork checks", "the three categories of personnel");
    private static final List<String> TAILS = List.of("so that accidents are effectively prevented",
            "and report the results to the leading group every month", "in every bidding section along the line",
            "with clear responsibilities at every level", "in accordance with laws and regulations",
            "before the flood season begins", "and publicize typical experiences and practices",
            "to ensure that the safety situation remains stable");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private PlanGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]).resolve("content/plans");
        Files.createDirectories(dir);
        for (int i = 1; i <= n; i++) {
            Files.writeString(dir.resolve(String.format("plan-%05d.adoc", i)), plan(i), StandardCharsets.UTF_8);
        }
    }

    /** One generated plan; the same number always gives the same text. */
    public static String plan(int i) {
        Random r = new Random(i * 7919L);
        int year = 2015 + r.nextInt(10);
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.function.Supplier<String> person = () -> {
            String n;
            do {
                n = name(r);
            } while (!used.add(n));
            return n;
        };
        sb.append("= Work safety activity plan ").append(i).append(" of unit ").append(name(r)).append('\n');
        sb.append(":plan-issuer: Safety Committee of Unit ").append(100 + r.nextInt(900)).append('\n');
        sb.append(":plan-year: ").append(year).append('\n');
        sb.append(":description: Generated plan ").append(i).append(" for benchmarks.\n:lang: en\n\n");
        paragraphs(sb, r, 1);
        String[] sections = {"Guiding ideology", "Work objectives", "Organizational leadership", "Main tasks",
            "Implementation steps", "Work requirements", "Safeguard measures", "Inspection and assessment", "Summary"};
        int count = 6 + r.nextInt(4);
        int target = 5_000 + r.nextInt(7_000);
        for (int s = 0; s < count; s++) {
            sb.append("== ").append(s + 1).append(". ").append(sections[s]).append("\n\n");
            if (s == 2) {
                sb.append("[.roster]\nGroup leader:: ").append(person.get()).append(" (Director)\n");
                sb.append("Deputy group leaders:: ").append(person.get()).append(" (Deputy Director); ").append(person.get())
                        .append(" (Chief Engineer)\n");
                sb.append("Members:: ");
                for (int m = 0; m < 4 + r.nextInt(5); m++) sb.append(m == 0 ? "" : "; ").append(person.get());
                sb.append("\n\n");
            }
            if (s == 4) {
                int m = r.nextInt(4);
                sb.append("[.timeline]\nMobilization and deployment:: ").append(MONTHS[m]).append('\n');
                sb.append("Full implementation:: ").append(MONTHS[m + 1]).append(" to ").append(MONTHS[m + 6]).append('\n');
                sb.append("Summary and improvement:: ").append(MONTHS[m + 7]).append(" 1 to the end of ")
                        .append(MONTHS[m + 8]).append("\n\n");
            }
            int subs = 1 + r.nextInt(3);
            for (int k = 0; k < subs; k++) {
                sb.append("=== (").append(k + 1).append(") ").append(VERBS.get(r.nextInt(VERBS.size()))).append(' ')
                        .append(OBJECTS.get(r.nextInt(OBJECTS.size()))).append("\n\n");
                paragraphs(sb, r, 1 + r.nextInt(2));
                if (sb.length() > target) break;
            }
        }
        while (sb.length() < target) paragraphs(sb, r, 1);
        return sb.toString();
    }

    private static void paragraphs(StringBuilder sb, Random r, int n) {
        for (int p = 0; p < n; p++) {
            int sentences = 3 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                sb.append(VERBS.get(r.nextInt(VERBS.size()))).append(' ').append(OBJECTS.get(r.nextInt(OBJECTS.size())))
                        .append(' ').append(TAILS.get(r.nextInt(TAILS.size()))).append(". ");
            }
            sb.append("\n\n");
        }
    }

    private static String name(Random r) {
        return SURNAMES.get(r.nextInt(SURNAMES.size())) + " " + GIVEN.get(r.nextInt(GIVEN.size()));
    }
}
