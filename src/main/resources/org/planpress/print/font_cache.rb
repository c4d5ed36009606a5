# Prawn reads and parses each font file again for every document (and asciidoctor-pdf's scratch document),
# its kerning table included: a profile of 100 A4 prints showed that parsing at about 8 % of the print thread.
# The parsed TrueType files are kept per thread (a parsed font reads its tables lazily from one stream, so it
# is not shared between threads), keyed by path, size and modification time. Font collections (.ttc, .dfont)
# read their files their own way and are not kept.
module PlanPressFontCache
  def read_ttf_file
    key = @name.to_s
    key = "#{key}:#{::File.size key}:#{::File.mtime(key).to_f}" if ::File.file? key
    (Thread.current[:planpress_ttf] ||= {})[key] ||= super
  end
end
Prawn::Fonts::TTF.prepend PlanPressFontCache unless Prawn::Fonts::TTF < PlanPressFontCache
