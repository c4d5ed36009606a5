# AsciidoctorJ defines the Ruby constants of its extension kinds lazily, the first time a document registers
# one; two conversions doing that at once made JRuby warn "already initialized constant". Naming them here,
# once, before any conversion, defines them (see org.planpress.convert.PlanConverter).
::AsciidoctorJ::Extensions::IncludeProcessor
::AsciidoctorJ::Extensions::Treeprocessor
::AsciidoctorJ::Extensions::TreeProcessor
