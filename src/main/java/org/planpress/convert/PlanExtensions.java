package org.planpress.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/** Registers PlanPress's AsciidoctorJ extensions in every Asciidoctor instance (SPI). */
public final class PlanExtensions implements ExtensionRegistry {
    @Override
    public void register(Asciidoctor asciidoctor) {
        if ("off".equals(System.getProperty("planpress.extensions"))) return; // the benchmark's bare reference
        asciidoctor.javaExtensionRegistry()
                .treeprocessor(new PlanTreeprocessor())
                .includeProcessor(new JailedIncludeProcessor());
    }
}
