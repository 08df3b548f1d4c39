package gongkai.read.pdf;

import java.util.List;

/**
 * What one page holds before layout analysis: its glyphs in content order, its rules, how many glyphs had
 * no Unicode mapping and how many images it draws. Page numbers are 1-based.
 */
record PageScan(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                int unmappedGlyphs, int images) {
    PageScan {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isBlank());
    }
}
