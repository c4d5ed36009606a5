package org.planpress.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planpress.html.Html;
import org.planpress.model.Period;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;

/**
 * Draws a timeline as a self-contained, accessible inline SVG: a month axis above one bar per stage.
 *
 * <p>The SVG is decoration beside its text equivalent, the page's list or table of stages with their links:
 * {@code aria-hidden="true"}, its stage links out of the tab order ({@code tabindex="-1"}; the PDF keeps them as
 * links). It still has a {@code <title>} and a {@code <desc>} (the {@link TimelineText} equivalent, shown as
 * tooltips), a {@code viewBox} so it scales, and no external references or
 * scripts. It keeps to elements asciidoctor-pdf's SVG renderer draws (svg, g, a, rect, line, text,
 * title, desc), with explicit font sizes and fill colours as attributes; text is drawn in
 * {@code currentColor} (the root's {@code color}), so a stylesheet can restyle it through the
 * {@code pp-*} classes. No generic font family is named, so the PDF falls back to the theme's font
 * (which can draw CJK) while browsers use the system UI font.
 *
 * <p>Hooks for a page script: the root carries {@code data-axis-start} and {@code data-axis-end}
 * (ISO dates, the first and last day of the axis) and {@code data-plot-x}/{@code data-plot-width}
 * (the axis span in viewBox units); each stage group ({@code g.pp-stage}) carries
 * {@code data-start}/{@code data-end}; a hidden {@code line.pp-today} waits to be placed and shown.
 */
public final class TimelineSvg {
    static final int WIDTH = 760;
    static final int PAD = 12;
    static final int LABEL_WIDTH = 220;
    static final int PLOT_X = PAD + LABEL_WIDTH + 12;
    static final int PLOT_WIDTH = WIDTH - PLOT_X - 16;

    static final String BAR_FILL = "#1f5f8b";
    static final String TEXT_COLOR = "#222222";
    static final String GRID_COLOR = "#d0d7de";
    static final String AXIS_COLOR = "#6e7781";
    static final String TODAY_COLOR = "#c0392b";
    static final String FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei'";

    private static final int NAME_SIZE = 13;
    private static final int NAME_LINE = 16;
    private static final int PERIOD_SIZE = 11;
    private static final int PERIOD_LINE = 14;
    private static final int AXIS_SIZE = 11;
    private static final int BAR_HEIGHT = 14;
    private static final int MAX_NAME_LINES = 3;
    private static final int[] LABEL_STEPS = {1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 24000, 60000, 120000};
    private static final int[] TICK_STEPS = {1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 24000, 60000, 120000};

    private TimelineSvg() {
    }

    /**
     * Renders the timeline.
     *
     * @param timeline the stages to draw, in order; a timeline without stages gives an SVG with
     *     only its title and description
     * @param labels month names, notes and the accessible name
     * @return an {@code <svg>} element as well-formed XML, ready to inline in HTML or save as a file
     */
    public static String render(Timeline timeline, TimelineLabels labels) {
        return new Drawing(timeline, labels).draw();
    }

    private static final class Drawing {
        private final Timeline timeline;
        private final TimelineLabels labels;
        private final StringBuilder out = new StringBuilder(8192); // a drawing of three stages is about 5 KB
        private final boolean yearStated;
        private LocalDate axisStart;
        private LocalDate axisEnd;
        private long axisDays;

        Drawing(Timeline timeline, TimelineLabels labels) {
            this.timeline = timeline;
            this.labels = labels;
            this.yearStated = TimelineText.yearStated(timeline);
        }

        String draw() {
            String id = idBase();
            List<Stage> stages = timeline.stages();
            if (stages.isEmpty()) {
                open(id, 40, false);
                out.append("</svg>");
                return out.toString();
            }
            YearMonth first = YearMonth.from(stages.get(0).period().start());
            YearMonth last = YearMonth.from(stages.get(0).period().end());
            for (Stage s : stages) {
                YearMonth a = YearMonth.from(s.period().start());
                YearMonth b = YearMonth.from(s.period().end());
                if (a.isBefore(first)) first = a;
                if (b.isAfter(last)) last = b;
            }
            axisStart = first.atDay(1);
            axisEnd = last.atEndOfMonth();
            axisDays = ChronoUnit.DAYS.between(axisStart, axisEnd) + 1;

            int headerBottom = PAD + (yearStated ? 16 : 0) + 16;
            List<Row> rows = new ArrayList<>();
            int y = headerBottom + 6;
            for (Stage s : stages) {
                Row row = new Row(s, y);
                rows.add(row);
                y += row.height;
            }
            int rowsBottom = y;
            int height = rowsBottom + (yearStated ? 10 : 34);

            open(id, height, true);
            axis(first, last, headerBottom, rowsBottom);
            out.append("<g class=\"pp-stages\">");
            for (int i = 0; i < rows.size(); i++) {
                stage(rows.get(i), i);
            }
            out.append("</g>");
            out.append("<line class=\"pp-today\" x1=\"").append(PLOT_X).append("\" y1=\"").append(headerBottom)
                .append("\" x2=\"").append(PLOT_X).append("\" y2=\"").append(rowsBottom)
                .append("\" stroke=\"").append(TODAY_COLOR).append("\" stroke-width=\"2\" display=\"none\"/>");
            if (!yearStated) {
                text("pp-note", PAD, rowsBottom + 22, PERIOD_SIZE, "start", labels.yearNotStated(), null);
            }
            out.append("</svg>");
            return out.toString();
        }

        private void open(String id, int height, boolean axis) {
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pp-timeline\" aria-hidden=\"true\" focusable=\"false\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append('"')
                .append(" width=\"").append(WIDTH).append("\" height=\"").append(height).append('"')
                .append(" color=\"").append(TEXT_COLOR).append('"')
                .append(" font-family=\"").append(attr(FONT_FAMILY)).append('"');
            if (axis) {
                out.append(" data-axis-start=\"").append(axisStart).append('"')
                    .append(" data-axis-end=\"").append(axisEnd).append('"')
                    .append(" data-plot-x=\"").append(PLOT_X).append('"')
                    .append(" data-plot-width=\"").append(PLOT_WIDTH).append('"');
            }
            out.append(" data-year-stated=\"").append(yearStated).append("\">");
            out.append("<title id=\"").append(attr(id + "-title")).append("\">").append(Html.escape(labels.ariaLabel()))
                .append("</title>");
            out.append("<desc id=\"").append(attr(id + "-desc")).append("\">")
                .append(Html.escape(TimelineText.describe(timeline, labels))).append("</desc>");
        }

        private void axis(YearMonth first, YearMonth last, int headerBottom, int rowsBottom) {
            long months = ChronoUnit.MONTHS.between(first, last) + 1;
            double monthWidth = (double) PLOT_WIDTH / months;
            int labelStep = step(LABEL_STEPS, monthWidth, labels.isChinese() ? 34 : 28);
            int tickStep = step(TICK_STEPS, monthWidth, 4);
            int monthBaseline = headerBottom - 5;
            int yearBaseline = monthBaseline - 16;

            out.append("<g class=\"pp-axis\">");
            double lastYearX = Double.NEGATIVE_INFINITY;
            // Long spans step by whole years (both steps are then multiples of twelve months).
            int advance = months > 24_000 ? 12 : 1;
            YearMonth start = advance == 1 ? first : YearMonth.of(first.getYear() + 1, 1);
            if (months > 12_000_000) start = last.plusMonths(1); // absurd spans: frame only
            for (YearMonth ym = start; !ym.isAfter(last); ym = ym.plusMonths(advance)) {
                double x0 = x(ym.atDay(1));
                double x1 = x(ym.atEndOfMonth().plusDays(1));
                boolean january = ym.getMonthValue() == 1;
                if (ym.equals(first) || marks(ym, tickStep)) {
                    line(x0, headerBottom, x0, rowsBottom, january && yearStated ? AXIS_COLOR : GRID_COLOR,
                        january && yearStated ? "pp-grid pp-year-start" : "pp-grid");
                }
                if (labelStep < 12 && marks(ym, labelStep)) {
                    double lx = labelStep == 1 ? (x0 + x1) / 2 : x0 + 2;
                    text("pp-month", lx, monthBaseline, AXIS_SIZE, labelStep == 1 ? "middle" : "start",
                        labels.month(ym.getMonthValue()), null);
                }
                boolean yearLabel = yearStated && (labelStep < 12 ? ym.equals(first) || january
                    : january && marks(ym, labelStep) || ym.equals(first));
                if (yearLabel) {
                    int baseline = labelStep < 12 ? yearBaseline : monthBaseline;
                    double nextJanuary = ym.getMonthValue() == 1 ? x0 : x(YearMonth.of(ym.getYear() + 1, 1).atDay(1));
                    boolean crowded = ym.equals(first) && !january && nextJanuary <= x(last.atEndOfMonth().plusDays(1))
                        && nextJanuary - x0 < 40;
                    if (!crowded && x0 - lastYearX >= 36) {
                        text("pp-year", x0 + 2, baseline, AXIS_SIZE, "start", labels.year(ym.getYear()), "bold");
                        lastYearX = x0;
                    }
                }
                if (ym.getYear() >= 999_999_998) break;
            }
            double end = PLOT_X + PLOT_WIDTH;
            line(end, headerBottom, end, rowsBottom, GRID_COLOR, "pp-grid");
            line(PLOT_X, headerBottom, end, headerBottom, AXIS_COLOR, "pp-axis-line");
            out.append("</g>");
        }

        /** Whether a month falls on a step: every n-th month of the year, or every n/12-th January. */
        private static boolean marks(YearMonth ym, int step) {
            if (step <= 12) return (ym.getMonthValue() - 1) % step == 0;
            return ym.getMonthValue() == 1 && Math.floorMod(ym.getYear(), step / 12) == 0;
        }

        private static int step(int[] steps, double monthWidth, double min) {
            for (int s : steps) {
                if (monthWidth * s >= min) return s;
            }
            return steps[steps.length - 1];
        }

        private void stage(Row row, int index) {
            Period p = row.stage.period();
            out.append("<g class=\"pp-stage\" data-index=\"").append(index).append('"')
                .append(" data-start=\"").append(p.start()).append('"')
                .append(" data-end=\"").append(p.end()).append('"');
            if (p.openStart()) out.append(" data-open-start=\"true\"");
            if (p.approximate()) out.append(" data-approximate=\"true\"");
            if (p.tentative()) out.append(" data-tentative=\"true\"");
            out.append('>');
            out.append("<title>").append(Html.escape(TimelineText.sentence(row.stage, labels))).append("</title>");
            String anchor = row.stage.anchor();
            boolean link = anchor != null && !anchor.isBlank();
            if (link) out.append("<a href=\"#").append(attr(anchor.strip())).append("\" tabindex=\"-1\">");
            int baseline = row.top + 4 + NAME_SIZE;
            for (String line : row.nameLines) {
                text("pp-stage-name", PAD, baseline, NAME_SIZE, "start", line, "bold");
                baseline += NAME_LINE;
            }
            text("pp-stage-period", PAD, baseline - NAME_LINE + PERIOD_LINE, PERIOD_SIZE, "start", row.periodLine, null);
            double x0 = x(p.start());
            double x1 = Math.max(x(p.end().plusDays(1)), x0 + 3);
            double barY = row.top + (row.height - BAR_HEIGHT) / 2.0;
            out.append("<rect class=\"pp-bar").append(p.openStart() ? " pp-open-start" : "")
                .append(p.approximate() ? " pp-approximate" : "").append(p.tentative() ? " pp-tentative" : "").append('"')
                .append(" x=\"").append(num(x0)).append("\" y=\"").append(num(barY))
                .append("\" width=\"").append(num(x1 - x0)).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" rx=\"3\" fill=\"").append(BAR_FILL).append('"');
            if (p.openStart()) out.append(" fill-opacity=\"0.6\"");
            if (p.tentative()) out.append(" fill-opacity=\"0.45\" stroke=\"").append(BAR_FILL)
                .append("\" stroke-width=\"1\" stroke-dasharray=\"3 2\"");
            out.append("/>");
            if (link) out.append("</a>");
            out.append("</g>");
            line(PAD, row.top + row.height, PLOT_X + PLOT_WIDTH, row.top + row.height, GRID_COLOR, "pp-row-rule");
        }

        private double x(LocalDate day) {
            long d = ChronoUnit.DAYS.between(axisStart, day);
            return PLOT_X + PLOT_WIDTH * (double) d / axisDays;
        }

        private void line(double x1, double y1, double x2, double y2, String stroke, String cls) {
            out.append("<line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1\"/>");
        }

        private void text(String cls, double x, double y, int size, String anchor, String content, String weight) {
            out.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-size=\"").append(size).append('"');
            if (!"start".equals(anchor)) out.append(" text-anchor=\"").append(anchor).append('"');
            if (weight != null) out.append(" font-weight=\"").append(weight).append('"');
            out.append(" fill=\"currentColor\">").append(Html.escape(content)).append("</text>");
        }

        private String idBase() {
            String id = timeline.id();
            if (id == null || id.isBlank()) {
                StringBuilder key = new StringBuilder();
                for (Stage s : timeline.stages()) key.append(s.name()).append('\u0000').append(s.period()).append('\u0000');
                return "pp-timeline-" + Integer.toHexString(key.toString().hashCode());
            }
            StringBuilder sb = new StringBuilder();
            id.strip().codePoints().forEach(cp ->
                sb.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' ? cp : '-'));
            if (!Character.isLetter(sb.codePointAt(0)) && sb.charAt(0) != '_') sb.insert(0, "pp-");
            return sb.append("-svg").toString();
        }

        private static String attr(String s) {
            return Html.escape(s);
        }
    }

    /** One stage's row: its wrapped name, period label and vertical extent. */
    private static final class Row {
        final Stage stage;
        final int top;
        final List<String> nameLines;
        final String periodLine;
        final int height;

        Row(Stage stage, int top) {
            this.stage = stage;
            this.top = top;
            this.nameLines = wrap(stage.name().strip(), LABEL_WIDTH, NAME_SIZE, MAX_NAME_LINES);
            this.periodLine = fit(periodLabel(stage.period()), LABEL_WIDTH, PERIOD_SIZE);
            this.height = Math.max(36, nameLines.size() * NAME_LINE + PERIOD_LINE + 12);
        }
    }

    /**
     * The period under a stage's name: as written, with "≈" before an approximate one and the tentative mark
     * after a tentative one whose text does not already say so.
     */
    static String periodLabel(Period p) {
        String label = (p.approximate() ? "≈ " : "") + p.text();
        if (p.tentative() && (p.note() == null || !p.text().contains(p.note()))) label += " (?)";
        return label;
    }

    /** A coordinate with at most one decimal: "244", "307.3". */
    static String num(double v) {
        // in tenths, as integers: String.format was a visible part of the conversion profile
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) return String.valueOf(tenths / 10);
        long whole = Math.abs(tenths) / 10;
        return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
    }

    /** The estimated advance of a code point in em: full width for CJK, about half for Latin. */
    static double em(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z' || cp == 'm' || cp == 'w') return 0.72;
            if (cp == ' ' || cp == 'i' || cp == 'l' || cp == 'j' || cp == '.' || cp == ',') return 0.3;
            return 0.56;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
            || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60) {
            return 1.0;
        }
        if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') return 0.72;
        if (cp == ' ' || cp == 'i' || cp == 'l' || cp == 'j' || cp == '.' || cp == ',') return 0.3;
        return 0.56;
    }

    static double width(String s, int size) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            em += em(cp);
        }
        return em * size;
    }

    /** Shortens text with an ellipsis to fit the width. */
    static String fit(String s, double max, int size) {
        if (width(s, size) <= max) return s;
        StringBuilder sb = new StringBuilder();
        double w = em('…') * size;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += em(cp) * size;
            if (w > max) break;
            sb.appendCodePoint(cp);
        }
        return sb.toString().strip() + "…";
    }

    /**
     * Wraps text into at most {@code maxLines} lines of the width: Latin text breaks at spaces,
     * CJK text between any two characters; overlong words are cut; the last line gets an ellipsis
     * when text is left over.
     */
    static List<String> wrap(String s, double max, int size, int maxLines) {
        List<String> pieces = new ArrayList<>(); // words, single CJK characters and spaces
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || em(cp) == 1.0) {
                if (word.length() > 0) pieces.add(word.toString());
                word.setLength(0);
                pieces.add(Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) pieces.add(word.toString());

        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int k = 0;
        while (k < pieces.size()) {
            String piece = pieces.get(k);
            if (line.length() == 0 && piece.equals(" ")) {
                k++;
            } else if (width(line + piece, size) <= max) {
                line.append(piece);
                k++;
            } else if (line.length() == 0) { // a single word wider than the line: cut it
                String cut = fit(piece, max, size);
                cut = cut.substring(0, cut.length() - 1);
                if (cut.isEmpty()) cut = piece.substring(0, Character.charCount(piece.codePointAt(0)));
                line.append(cut);
                pieces.set(k, piece.substring(cut.length()));
            } else {
                lines.add(line.toString().strip());
                line.setLength(0);
                if (lines.size() == maxLines) break;
            }
        }
        if (lines.size() < maxLines && line.length() > 0) {
            lines.add(line.toString().strip());
            line.setLength(0);
        }
        if (k < pieces.size() || line.length() > 0) { // text left over: ellipsis on the last line
            String lastLine = lines.get(lines.size() - 1) + "…";
            lines.set(lines.size() - 1, width(lastLine, size) <= max ? lastLine : fit(lastLine, max, size));
        }
        if (lines.isEmpty()) lines.add("");
        return lines;
    }
}
