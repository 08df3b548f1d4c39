package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;

/** How Tesseract is asked to read: language, page segmentation mode and an optional character whitelist. */
public enum OcrPass {
    /** Chinese text of a block (labels over several lines, running text). */
    CHINESE_BLOCK("chi_sim", 6, null),
    /** A whole page of running text, layout found by the engine. */
    CHINESE_PAGE("chi_sim", 3, null),
    /** One line holding a number: digits and the few signs a table cell prints. */
    DIGITS("eng", 7, "0123456789+-."),
    /**
     * A lone glyph cut to its ink, read as one word: the line mode misses most lone glyphs (Hongze 2023 at 200 dpi: a
     * printed 0 cut to its ink read as nothing 90 times in 98), the word mode reads them; it reads longer numbers
     * worse than the line mode (a trailing '.', lower confidence), so it is a fourth reading for lone glyphs only.
     */
    DIGIT_WORD("eng", 8, "0123456789+-.");

    private final String language;
    private final int pageSegmentation;
    private final String whitelist;

    OcrPass(String language, int pageSegmentation, String whitelist) {
        this.language = language;
        this.pageSegmentation = pageSegmentation;
        this.whitelist = whitelist;
    }

    String language() {
        return language;
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("-l", language, "--psm", String.valueOf(pageSegmentation)));
        if (whitelist != null) {
            args.addAll(List.of("-c", "tessedit_char_whitelist=" + whitelist));
        }
        args.addAll(List.of("-c", "preserve_interword_spaces=1"));
        return args;
    }
}
