package org.planpress.convert;

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
 * and never read. An include cycle is an error.
 */
public final class JailedIncludeProcessor extends IncludeProcessor {

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

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
        if (!resolved.startsWith(ctx.contentRoot)) {
            ctx.errorAt(from, line, "include outside the content directory refused: " + target);
            return;
        }
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
        Path parent = from == null || from.isEmpty() ? ctx.mainFile : realOrSelf(Path.of(from));
        for (Path p = parent; p != null; p = ctx.includedFrom.get(p)) {
            if (p.equals(real)) {
                ctx.errorAt(from, line, "include cycle: " + target + " includes the file that includes it");
                return;
            }
        }
        ctx.includedFrom.put(real, parent);
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
