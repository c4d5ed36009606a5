# What PlanPress asks of asciidoctor-pdf's theme loader (called from org.planpress.print.PdfGem).
# Every method takes and returns strings.
require 'asciidoctor/pdf' unless defined? ::Asciidoctor::PDF::ThemeLoader

module PlanPress
  module ThemeTools
    module_function

    # The font files the theme's catalog names, one per line: "family<TAB>path<TAB>resolved path or empty",
    # resolved the way asciidoctor-pdf resolves them against pdf-fontsdir (fontsdir: folders split by , or ;).
    def fonts name, dir, fontsdir
      theme = ::Asciidoctor::PDF::ThemeLoader.load_theme name, dir
      gem_fonts = ::Asciidoctor::PDF::ThemeLoader::FontsDir
      dirs = fontsdir.split(/;|,/, -1).map {|d| d == 'GEM_FONTS_DIR' || d.empty? ? gem_fonts : d }
      lines = []
      (theme.font_catalog || {}).each do |family, styles|
        (::Hash === styles ? styles.values : [styles]).uniq.each do |path|
          path = path.to_s
          path = path.sub 'GEM_FONTS_DIR', gem_fonts if path.start_with? 'GEM_FONTS_DIR'
          found = if ::File.absolute_path? path
            (::File.readable? path) ? path : nil
          else
            dirs.map {|d| ::File.join d, path }.find {|p| ::File.readable? p }
          end
          lines << [family, path, found.to_s].join("\t")
        end
      end
      lines.join "\n"
    end

    # The theme's fallback font families, one per line.
    def fallbacks name, dir
      Array(::Asciidoctor::PDF::ThemeLoader.load_theme(name, dir).font_fallbacks).map(&:to_s).join "\n"
    end

    # Theme lines that scale every type size and vertical space of the theme by scale (a decimal string).
    def scaled_keys name, dir, scale
      scale = scale.to_f
      theme = ::Asciidoctor::PDF::ThemeLoader.load_theme name, dir
      keys = %w(base_font_size heading_h1_font_size heading_h2_font_size heading_h3_font_size
        heading_h4_font_size heading_h5_font_size heading_h6_font_size caption_font_size table_font_size
        heading_margin_top heading_margin_bottom block_margin_bottom prose_margin_bottom)
      lines = keys.map {|k| (v = theme[k]) && (::Numeric === v) ? %(#{k}: #{(v * scale).round 2}) : nil }.compact
      roles = %w(pp-titleblock lead).map {|r| (v = theme[%(role_#{r}_font_size)]) && (::Numeric === v) ? %(  #{r}: { font-size: #{(v * scale).round 2} }) : nil }.compact
      lines << 'role:' << roles unless roles.empty?
      lines.flatten.join "\n"
    end
  end
end
