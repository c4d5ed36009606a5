# The document language in the PDF catalog (/Lang), which asciidoctor-pdf 2.3 does not write (it puts the
# document's other metadata in the information dictionary only): taken from the document's lang attribute, which
# org.planpress.print.Printer sets from the plan's :lang:. Loaded once by org.planpress.print.PdfGem.
require 'asciidoctor/pdf' unless defined? ::Asciidoctor::PDF::Converter

module PlanPress
  module PdfCatalogLang
    def init_pdf doc
      result = super
      lang = doc.attr 'lang'
      state.store.root.data[:Lang] = lang.as_pdf if lang && !lang.empty?
      result
    end
  end
end

unless ::Asciidoctor::PDF::Converter < ::PlanPress::PdfCatalogLang
  ::Asciidoctor::PDF::Converter.prepend ::PlanPress::PdfCatalogLang
end
