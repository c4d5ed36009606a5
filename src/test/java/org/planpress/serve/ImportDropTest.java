package org.planpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** A Word file saved into content/import/ while serve runs becomes a plan, shown in the site; the file is not published. */
class ImportDropTest {

    @Test
    void aWordFileDroppedIntoContentImportBecomesAServedPlan() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        StringBuffer console = new StringBuffer();
        try (ServeSession s = ServeSession.start(ServeSession.Options.defaults(src),
                line -> console.append(line).append('\n'), line -> console.append(line).append('\n'))) {
            assertTrue(s.lastGood(), console.toString());
            Path drop = Files.createDirectories(src.resolve("content/import"));
            Path tmp = Files.createTempDirectory("pp-drop").resolve("harbour-drills.docx");
            word(tmp, List.of("Harbour Emergency Drill Plan",
                    "1. Purpose",
                    "To make every crew ready for a fire on the quay.",
                    "2. Leading group",
                    "Group leader: Zhang Wei (Harbour Master)",
                    "Members: Li Na (Safety Officer); Zhou Min (Pilot)",
                    "3. Stages",
                    "(1) Preparation stage (June)",
                    "Crews study the drill plan.",
                    "(2) Drill stage (July to August)",
                    "Each crew runs two drills.",
                    "Harbour Safety Office",
                    "May 20, 2025"));
            Files.move(tmp, drop.resolve("harbour-drills.docx")); // whole, as an editor's save would appear
            Path plan = src.resolve("content/plans/harbour-emergency-drill-plan.adoc");
            assertTrue(eventually(() -> Files.isRegularFile(plan)), "imported: " + console);
            assertTrue(eventually(() -> get(s, "plans/harbour-emergency-drill-plan.html").statusCode() == 200),
                    "the new plan is served: " + console);
            String page = get(s, "plans/harbour-emergency-drill-plan.html").body();
            assertTrue(page.contains("Zhang Wei"), "its roster card");
            assertTrue(page.contains("pp-timeline") || page.contains("pp-stages"), "its timeline");
            assertTrue(Files.isRegularFile(drop.resolve("imported/harbour-drills.docx")), "the file moved aside: " + console);
            assertFalse(Files.exists(s.output().resolve("import")), "nothing of the drop folder published");
            assertTrue(console.toString().contains("imported content/import/harbour-drills.docx as content/plans/harbour-emergency-drill-plan.adoc"),
                    console.toString());
        }
    }

    private static void word(Path file, List<String> paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            boolean first = true;
            for (String p : paragraphs) {
                XWPFParagraph para = doc.createParagraph();
                XWPFRun run = para.createRun();
                run.setText(p);
                if (first) {
                    para.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                }
                first = false;
            }
            doc.write(out);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> get(ServeSession s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(s.url().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static boolean eventually(Check check) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            if (check.holds()) return true;
            Thread.sleep(100);
        }
        return check.holds();
    }
}
