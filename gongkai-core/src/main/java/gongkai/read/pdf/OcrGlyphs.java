package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns recognised words into the glyphs a text layer would have given: one glyph per character, the word's box
 * shared out evenly, every word of a recognised line on that line's baseline, in PDF points.
 */
final class OcrGlyphs {
    /** Share of the line height below the baseline (as {@link Glyph} assumes for CJK faces). */
    private static final double DESCENT_SHARE = 0.15;

    private OcrGlyphs() {
    }

    /**
     * @param originX  where the image the words were read from starts on the page, in pixels
     * @param scale    points per pixel
     */
    static List<Glyph> of(List<OcrWord> words, int originX, int originY, double scale) {
        Map<String, List<OcrWord>> lines = new LinkedHashMap<>();
        words.forEach(w -> lines.computeIfAbsent(w.lineKey(), k -> new ArrayList<>()).add(w));
        List<Glyph> glyphs = new ArrayList<>();
        for (List<OcrWord> line : lines.values()) {
            int top = line.stream().mapToInt(OcrWord::top).min().orElseThrow();
            int bottom = line.stream().mapToInt(OcrWord::bottom).max().orElseThrow();
            double fontSize = Math.max(1, bottom - top) * scale;
            double baseline = (originY + bottom) * scale - DESCENT_SHARE * fontSize;
            for (OcrWord w : line) {
                int[] chars = w.text().codePoints().toArray();
                double width = w.width() * scale / chars.length;
                for (int k = 0; k < chars.length; k++) {
                    double x = (originX + w.left()) * scale + k * width;
                    glyphs.add(new Glyph(Character.toString(chars[k]), x, baseline, width, fontSize));
                }
            }
        }
        return glyphs;
    }
}
