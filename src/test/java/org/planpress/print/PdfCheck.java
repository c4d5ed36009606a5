package org.planpress.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What the tests read back from a PDF with PDFBox: pages, text, fonts and the glyph of every character drawn. */
final class PdfCheck {
    final int pages;
    final PDRectangle size;
    final String text;
    final List<String> fonts = new ArrayList<>();
    final List<String> unembedded = new ArrayList<>();
    /** Characters drawn with a font that has no glyph for them (they print as .notdef boxes). */
    final List<String> missingGlyphs = new ArrayList<>();
    /** Characters whose text could not be extracted (no Unicode mapping). */
    final List<String> unmapped = new ArrayList<>();
    int drawn;
    /** The document information dictionary and the catalog's language and tagging. */
    final String title;
    final String author;
    final String subject;
    final String keywords;
    final String creator;
    final String lang;
    final boolean tagged;
    final int bookmarks;

    private PdfCheck(PDDocument doc) throws IOException {
        var info = doc.getDocumentInformation();
        title = info.getTitle();
        author = info.getAuthor();
        subject = info.getSubject();
        keywords = info.getKeywords();
        creator = info.getCreator();
        var catalog = doc.getDocumentCatalog();
        lang = catalog.getLanguage();
        tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked() && catalog.getStructureTreeRoot() != null;
        int n = 0;
        var outline = catalog.getDocumentOutline();
        if (outline != null) {
            for (var item : outline.children()) n++;
        }
        bookmarks = n;
        pages = doc.getNumberOfPages();
        size = doc.getPage(0).getMediaBox();
        Set<COSName> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) fonts(page.getResources(), seen);
        GlyphStripper stripper = new GlyphStripper();
        text = stripper.getText(doc);
    }

    static PdfCheck read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PdfCheck(doc);
        }
    }

    /**
     * What is wrong with the metadata, compared with what the plan says (empty when all is right): title, Author
     * (the issuer), Subject (the description), Keywords, Creator "PlanPress <version>", the catalog's /Lang, and
     * bookmarks.
     */
    List<String> metadataProblems(String wantTitle, String wantAuthor, String wantSubject, String wantLang) {
        List<String> p = new ArrayList<>();
        if (title == null || !title.equals(wantTitle)) p.add("Title " + title + " is not " + wantTitle);
        if (author == null || !author.equals(wantAuthor)) p.add("Author " + author + " is not " + wantAuthor);
        if (subject == null || !subject.equals(wantSubject)) p.add("Subject " + subject + " is not " + wantSubject);
        if (keywords == null || keywords.isBlank()) p.add("no Keywords");
        if (creator == null || !creator.matches("PlanPress \\S+")) p.add("Creator " + creator + " is not PlanPress <version>");
        if (lang == null || !lang.equals(wantLang)) p.add("catalog /Lang " + lang + " is not " + wantLang);
        if (bookmarks == 0) p.add("no bookmarks");
        return p;
    }

    static PdfCheck read(PDDocument doc) throws IOException {
        return new PdfCheck(doc);
    }

    /** The text with all white space removed (table cells and lines wrap anywhere). */
    String squeezed() {
        return squeeze(text);
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private void fonts(PDResources res, Set<COSName> seen) throws IOException {
        if (res == null) return;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            if (f == null) continue;
            String label = f.getName();
            if (!fonts.contains(label)) fonts.add(label);
            boolean embedded = f instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : f.isEmbedded();
            if (!embedded && !unembedded.contains(label)) unembedded.add(label);
        }
        for (COSName name : res.getXObjectNames()) {
            if (!seen.add(name)) continue;
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) fonts(form.getResources(), seen);
        }
    }

    /** Checks, for every character drawn, that its font has a real glyph for its code (not .notdef). */
    private final class GlyphStripper extends PDFTextStripper {
        GlyphStripper() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void processTextPosition(TextPosition tp) {
            PDFont font = tp.getFont();
            String uni = tp.getUnicode();
            for (int code : tp.getCharacterCodes()) {
                drawn++;
                boolean has;
                try {
                    has = font instanceof PDVectorFont v ? v.hasGlyph(code) : true;
                } catch (IOException e) {
                    has = false;
                }
                if (!has) missingGlyphs.add(uni + " (code " + code + " in " + font.getName() + ")");
                if (uni == null || uni.isEmpty() || uni.contains("\uFFFD")) unmapped.add("code " + code + " in " + font.getName());
            }
            super.processTextPosition(tp);
        }
    }
}
