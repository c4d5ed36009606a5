package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/**
 * Issue 19: files that cannot be imported each give one clear error line, nothing is written for them, the command
 * exits 1, and the good files given with them are still imported.
 */
class BadInputTest {

    @Test
    void eachBadFileIsOneErrorLineAndTheGoodOneIsStillImported() throws Exception {
        Path dir = Files.createTempDirectory("pp-bad");
        Path good = Make.text(Corpus.EN_HARBOR, dir, StandardCharsets.UTF_8);
        Path docx = Make.docx(Corpus.ZH_SCHOOL, dir);

        Path encDocx = dir.resolve("encrypted.docx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(docx));
            }
            try (OutputStream out = Files.newOutputStream(encDocx)) {
                fs.writeFilesystem(out);
            }
        }
        byte[] whole = Files.readAllBytes(docx);
        Path corruptDocx = Files.write(dir.resolve("corrupt.docx"), java.util.Arrays.copyOf(whole, whole.length / 2));

        Path pdf = Make.pdfbox(Corpus.EN_DECIMAL, dir);
        Path encPdf = dir.resolve("encrypted.pdf");
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(encPdf.toFile());
        }
        Path corruptPdf = Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n");
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            img.getGraphics().drawString("scanned text", 10, 50);
            PDImageXObject x = LosslessFactory.createFromImage(d, img);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.drawImage(x, 50, 500, 400, 200);
            }
            d.save(scan.toFile());
        }
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1000 * 1000);
        }
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("binary.txt"), noise);

        Path zip = dir.resolve("archive.docx"); // a ZIP file, but not Word's
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            z.write("not a document".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }

        // a ".doc" that is Rich Text, as some tools save it, and an OpenDocument text: named, not read as text
        Path rtf = Files.writeString(dir.resolve("rtf-saved.doc"), "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}}\\f0 \\'b7\\'bd\\'b0\\'b8\\par }");
        Path odt = dir.resolve("plan.odt");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("mimetype");
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }

        List<Path> bad = List.of(encDocx, corruptDocx, zip, encPdf, corruptPdf, scan, empty, huge, binary, rtf, odt);
        Path src = Files.createTempDirectory("pp-bad-src");
        String[] args = Stream.concat(Stream.of("import", "--source", src.toString(), good.toString()),
                bad.stream().map(Path::toString)).toArray(String[]::new);
        TestSites.Run r = TestSites.run(args);
        assertEquals(1, r.status(), r.out() + r.err());
        List<String> errors = r.err().lines().toList();
        assertEquals(bad.size(), errors.size(), r.err());
        for (Path b : bad) {
            long n = errors.stream().filter(l -> l.startsWith(b + ": error: ")).count();
            assertEquals(1, n, b + " in\n" + r.err());
        }
        assertTrue(r.err().contains("encrypted (password protected)"), r.err());
        assertTrue(r.err().contains("needs OCR"), r.err());
        assertTrue(r.err().contains("the file is empty"), r.err());
        assertTrue(r.err().contains("over the 32 MB import limit"), r.err());
        assertTrue(r.err().contains("not text"), r.err());
        assertTrue(r.err().contains(zip + ": error: the file is a ZIP archive, not a Word .docx document"), r.err());
        assertTrue(r.err().contains(rtf + ": error: the file is in Rich Text Format (RTF), which is not imported: save it as .docx"), r.err());
        assertTrue(r.err().contains(odt + ": error: the file is an OpenDocument text (.odt), which is not imported: save it as .docx"), r.err());
        assertFalse(r.err().contains("[M1."), "no library codes: " + r.err());
        assertFalse((r.out() + r.err()).contains("Exception"), r.out() + r.err());
        try (Stream<Path> s = Files.list(src.resolve("content/plans"))) {
            assertEquals(List.of("harbor-safety-month-2014-activity-plan.adoc"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anExistingPlanIsNotOverwrittenWithoutForce() throws Exception {
        Path dir = Files.createTempDirectory("pp-exists");
        Path good = Make.text(Corpus.EN_HARBOR, dir, StandardCharsets.UTF_8);
        Path src = Files.createTempDirectory("pp-exists-src");
        assertEquals(0, TestSites.run("import", "--source", src.toString(), good.toString()).status());
        Path plan = src.resolve("content/plans/harbor-safety-month-2014-activity-plan.adoc");
        Files.writeString(plan, "= Mine\n");
        TestSites.Run again = TestSites.run("import", "--source", src.toString(), good.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("already exists: use --force"), again.err());
        assertFalse(again.out().contains("title:"), "no report of a plan not written: " + again.out());
        assertEquals("= Mine\n", Files.readString(plan));
        assertEquals(0, TestSites.run("import", "--force", "--source", src.toString(), good.toString()).status());
        assertTrue(Files.readString(plan).startsWith("= Harbor Safety Month 2014 Activity Plan"));
    }

    @Test
    void aFolderImportsEveryImportableFile() throws Exception {
        Path dir = Files.createTempDirectory("pp-folder");
        Make.text(Corpus.EN_HARBOR, dir, StandardCharsets.UTF_8);
        Make.docx(Corpus.ZH_SCHOOL, dir);
        Make.html(Corpus.EN_PHASES, dir);
        Files.writeString(dir.resolve("notes.json"), "{}");
        Path src = Files.createTempDirectory("pp-folder-src");
        TestSites.Run r = TestSites.run("import", "--source", src.toString(), dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        try (Stream<Path> s = Files.list(src.resolve("content/plans"))) {
            assertEquals(3, s.count(), r.out());
        }
    }

    @Test
    void twoChinesePlansInOneFileAndTheApiForServe() throws Exception {
        Path dir = Files.createTempDirectory("pp-two");
        StringBuilder sb = new StringBuilder();
        for (Corpus.Sample s : List.of(Corpus.ZH_SCHOOL, Corpus.ZH_CHAPTERS))
            for (Object b : s.blocks()) if (b instanceof String p) sb.append(p).append("\n");
        Path both = Files.writeString(dir.resolve("two.txt"), sb.toString());
        Path src = Files.createTempDirectory("pp-two-src");
        Importer.Result r = new Importer().importDropped(both, src);
        assertFalse(r.failed(), r.messages().toString());
        assertEquals(2, r.written().size(), r.messages().toString());
        assertEquals("红星小学2015年春季安全教育活动方案", r.plans().get(0).plan().title());
        assertEquals("青山煤矿“安全生产年”活动实施方案", r.plans().get(1).plan().title());
        assertEquals(3, r.plans().get(1).plan().stages().size());
    }
}
