package org.planpress.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Handles every {@code include::} of a PlanPress conversion: the target must resolve, after following
 * symbolic links, to a file inside the source's content directory; anything else is refused with an error
 * and never read. Include cycles stop at Asciidoctor's max-include-depth (set low by PlanConverter).
 */
public final class JailedIncludeProcessor extends IncludeProcessor {

    @Override
    public boolean handles(String target) {
        return ConversionContext.current() != null;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        ConversionContext ctx = ConversionContext.current();
        int line = reader.getLineNumber() - 1;
        String from = reader.getFile();
        Path base = from == null || from.isEmpty() ? ctx.contentRoot : Path.of(from).toAbsolutePath().getParent();
        if (target.contains("://") || target.startsWith("data:")) {
            ctx.errorAt(from, line, "include of a URL is not allowed: " + target);
            return;
        }
        Path resolved = base.resolve(target).normalize();
        if (!Files.exists(resolved)) {
            ctx.errorAt(from, line, "include file not found: " + target);
            return;
        }
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            ctx.errorAt(from, line, "cannot read include file " + target + ": " + e.getMessage());
            return;
        }
        if (!real.startsWith(ctx.contentRootReal)) {
            ctx.errorAt(from, line, "include outside the content directory refused: " + target);
            return;
        }
        if (!Files.isRegularFile(real)) {
            ctx.errorAt(from, line, "include target is not a file: " + target);
            return;
        }
        String text;
        try {
            byte[] bytes = Files.readAllBytes(real);
            text = org.planpress.source.SourceLoader.decode(bytes, ctx.display(real), ctx.diagnostics);
        } catch (IOException e) {
            ctx.errorAt(from, line, "cannot read include file " + target + ": " + e.getMessage());
            return;
        }
        if (text == null) return;
        reader.pushInclude(text, real.toString(), real.toString(), 1, attributes);
    }
}
