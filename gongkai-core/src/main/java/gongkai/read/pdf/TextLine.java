package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs sharing a baseline, left to right. */
record TextLine(List<Glyph> glyphs) {
    /** Glyphs whose baselines differ by less than this share of the font size sit on one line. */
    static final double SAME_LINE_SHARE = 0.5;
    /** A gap wider than this share of the font size between two glyphs becomes a space. */
    static final double WORD_GAP_SHARE = 0.6;

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    /** Groups glyphs into lines (by baseline, within tolerance), top to bottom; each line sorted by x. */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> byBaseline = new ArrayList<>(glyphs);
        byBaseline.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double anchor = Double.NaN;
        for (Glyph g : byBaseline) {
            if (!current.isEmpty() && Math.abs(g.baseline() - anchor) > SAME_LINE_SHARE * g.fontSize()) {
                lines.add(sorted(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                anchor = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(sorted(current));
        }
        return lines;
    }

    private static TextLine sorted(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        return new TextLine(glyphs);
    }

    /** The line's text; wide gaps between glyphs become one space. */
    String text() {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (previous != null && g.x() - previous.x1() > WORD_GAP_SHARE * g.fontSize()
                    && !previous.isBlank() && !g.isBlank()) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        return text.toString();
    }

    boolean isBlank() {
        return glyphs.stream().allMatch(Glyph::isBlank);
    }

    double top() {
        return glyphs.stream().mapToDouble(Glyph::top).min().orElse(0);
    }

    BoundingBox bbox() {
        double x0 = glyphs.stream().mapToDouble(Glyph::x).min().orElse(0);
        double x1 = glyphs.stream().mapToDouble(Glyph::x1).max().orElse(0);
        double y1 = glyphs.stream().mapToDouble(Glyph::bottom).max().orElse(0);
        return new BoundingBox(x0, top(), Math.max(x0, x1), Math.max(top(), y1));
    }

    /** Joins the lines' texts with '\n', skipping blank lines. */
    static String join(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.text().strip());
        }
        return text.toString();
    }
}
