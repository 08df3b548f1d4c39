package gongkai.read.pdf;

import java.util.List;

/**
 * What one page holds before layout analysis: its glyphs in content order, its rules, how many glyphs had
 * no Unicode mapping and how many images it draws. Page numbers are 1-based. {@code frameWidth} is the page's
 * width in the frame its glyphs and rules are read in (its right edge: what lies past it is not printed).
 */
record PageScan(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                int unmappedGlyphs, int images, double frameWidth) {
    PageScan {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    /** A page read upright. */
    PageScan(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int unmappedGlyphs,
             int images) {
        this(number, width, height, glyphs, rulings, unmappedGlyphs, images, width);
    }

    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isBlank());
    }
}
