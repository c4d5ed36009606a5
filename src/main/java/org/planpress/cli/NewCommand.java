package org.planpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.planpress.source.PlanIds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planpress new}: starts a plan from a template that already bakes. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a plan: write content/plans/<id>.adoc with every usual part (guiding ideology, objectives, "
                + "leading group, tasks, implementation steps, measures) as text to fill in.",
                "The id comes from the title; a title in Chinese gets a date-based id such as plan-20260501."})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "the plan's title")
    String title;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or zh-CN (default: zh-CN for a Chinese title, else en)")
    String lang;

    @Option(names = "--id", paramLabel = "ID", description = "the file name without .adoc (default: made from the title)")
    String id;

    @Option(names = "--source", paramLabel = "DIR", description = "source directory holding content/ (default: current directory)")
    Path source = Path.of("");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            err.println("error: the title is empty: planpress new \"Plan title\"");
            return 1;
        }
        String language = lang != null ? lang : hasHan(t) ? "zh-CN" : "en";
        boolean zh = language.toLowerCase(Locale.ROOT).startsWith("zh");
        if (!zh && !language.toLowerCase(Locale.ROOT).startsWith("en")) {
            err.println("error: --lang must be en or zh-CN, not \"" + language + "\"");
            return 1;
        }
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            err.println("error: --id must be lower-case letters, digits and hyphens, like harbor-safety-2026");
            return 1;
        }
        Path dir = source.resolve("content").resolve("plans");
        Files.createDirectories(dir);
        LocalDate today = LocalDate.now();
        String slug = id != null ? id : PlanIds.slug(t);
        boolean dated = slug == null;
        String base = dated ? "plan-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) : slug;
        String text = template(zh).replace("{title}", t).replace("{year}", String.valueOf(today.getYear()));
        for (int n = 1; ; n++) {
            String name = (n == 1 ? base : base + "-" + n) + ".adoc";
            Path file = dir.resolve(name);
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                out.println(display(file));
                return 0;
            } catch (FileAlreadyExistsException e) {
                if (!dated) {
                    err.println(display(file) + ": error: the file already exists; choose another title or --id"
                            + " (planpress new never overwrites a plan)");
                    return 1;
                }
            }
        }
    }

    private String display(Path file) {
        Path base = source.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String template(boolean zh) throws IOException {
        String name = zh ? "planpress/new-plan-zh.adoc" : "planpress/new-plan.adoc";
        try (InputStream in = NewCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing template " + name + " in the PlanPress jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
