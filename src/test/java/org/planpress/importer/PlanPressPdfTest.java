package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/**
 * Issue 19: a plan printed by PlanPress itself (the A4 PDF) imports back with its title, leading group and stages,
 * its wrapped lines joined, its running header and page numbers gone.
 */
class PlanPressPdfTest {

    @Test
    void planPressPdfImportsBack() throws Exception {
        String id = "chengchi-expressway-safety-year";
        Path src = Files.createTempDirectory("pp-ppdf");
        Files.createDirectories(src.resolve("content/plans"));
        Path hand = TestSites.repo().resolve("content/plans/" + id + ".adoc");
        Files.copy(hand, src.resolve("content/plans/" + id + ".adoc"));
        Path out = src.resolve("site");
        TestSites.Run b = TestSites.run("build", "--source", src.toString(), "--output", out.toString(), "--pdf-editions", "a4");
        assertEquals(0, b.status(), b.out() + b.err());
        Path pdf = out.resolve("pdf/" + id + ".pdf");
        assertTrue(Files.exists(pdf), "PlanPress printed no " + pdf);

        List<ImportedPlan> plans = new Importer().read(pdf, true);
        assertEquals(1, plans.size());
        ImportedPlan p = plans.get(0);
        String theirs = Files.readString(hand, StandardCharsets.UTF_8);
        String mine = new AsciiDocWriter().write(p, "x");
        assertEquals(SeedImportTest.title(theirs), SeedImportTest.title(mine));
        assertEquals(SeedImportTest.lists(theirs), SeedImportTest.lists(mine), mine);
        assertEquals("Chengchi Expressway Preparatory Office", p.issuer());
        // every body sentence of the paragraphs of the source plan is in the import, its lines joined
        int sentences = 0, kept = 0;
        String flat = ImportCorpusTest.squash(AsciiDocWriter.plain(mine));
        for (String line : theirs.split("\n")) {
            if (line.isBlank() || line.startsWith("=") || line.startsWith(":") || line.startsWith("[") || line.contains(":: ")
                    || RosterText.roleLine(line, true) != null) continue; // roster lines are rewritten as the [.roster] list
            String text = line.replace("{empty}", "").replaceAll("\\(\\(|\\)\\)", "");
            for (String sent : Text.sentences(text)) {
                sentences++;
                if (flat.contains(ImportCorpusTest.squash(sent).replaceAll("[.;:]+$", ""))) kept++;
                else System.out.println("PlanPress PDF: not kept: " + sent);
            }
        }
        System.out.printf("corpus: pdf-planpress  sentences kept %d/%d%n", kept, sentences);
        assertTrue(kept >= sentences * 0.97, kept + "/" + sentences);
    }
}
