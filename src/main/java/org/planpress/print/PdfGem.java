package org.planpress.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.Ruby;
import org.jruby.runtime.builtin.IRubyObject;
import org.planpress.convert.PlanConverter;

/**
 * asciidoctor-pdf's Ruby side as PlanPress uses it: the gem, the font cache ({@code font_cache.rb}) and the
 * theme questions ({@code theme_tools.rb}), both Ruby files beside this class, loaded with AsciidoctorJ's
 * public {@code RubyExtensionRegistry.loadClass}. AsciidoctorJ's public API can load Ruby code but cannot call
 * a Ruby method and return its result, so {@link #call} goes through {@code JRubyRuntimeContext}, the one use
 * of AsciidoctorJ's internals in PlanPress.
 */
final class PdfGem {
    private static volatile Asciidoctor prepared;

    private PdfGem() {
    }

    /** The shared Asciidoctor instance with asciidoctor-pdf, the Ruby helpers and the print tree processor loaded. */
    static Asciidoctor prepare() {
        Asciidoctor a = PlanConverter.asciidoctor();
        if (prepared != a) {
            synchronized (PdfGem.class) {
                if (prepared != a) {
                    a.requireLibrary("asciidoctor-pdf");
                    load(a, "font_cache.rb");
                    load(a, "theme_tools.rb");
                    load(a, "pdf_catalog.rb");
                    a.javaExtensionRegistry().treeprocessor(new PrintTreeprocessor());
                    prepared = a;
                }
            }
        }
        return a;
    }

    private static void load(Asciidoctor a, String script) {
        try (InputStream in = PdfGem.class.getResourceAsStream(script)) {
            if (in == null) throw new IllegalStateException("missing resource " + script);
            a.rubyExtensionRegistry().loadClass(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Calls {@code PlanPress::ThemeTools.<method>(args...)} (see {@code theme_tools.rb}) and returns its string.
     *
     * @throws org.jruby.exceptions.RaiseException when the Ruby method raises (a theme that does not load)
     */
    static String call(String method, String... args) {
        Asciidoctor a = prepare();
        Ruby ruby = JRubyRuntimeContext.get(a);
        IRubyObject tools = ruby.evalScriptlet("::PlanPress::ThemeTools");
        IRubyObject[] rubyArgs = new IRubyObject[args.length];
        for (int i = 0; i < args.length; i++) rubyArgs[i] = ruby.newString(args[i]);
        return tools.callMethod(ruby.getCurrentContext(), method, rubyArgs).asJavaString();
    }
}
