package gongkai.read.pdf;

import gongkai.model.Recognition;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the cells of a scanned table one by one: every inked cell in Chinese, then the cells that hold no
 * Chinese twice more with the digit-only model: the cell enlarged, and the cell cut to its ink as printed (the
 * two images fail differently: a lone 1 reads as 4 as printed, as nothing or 1 enlarged), and a cell whose ink is one
 * glyph once more as a single word ({@link OcrPass#DIGIT_WORD}). {@link NumberEvidence} decides each number from the
 * readings; a doubtful one, or ink where nothing was read, carries a note.
 */
final class OcrCells {
    /** A cell with fewer stroke pixels than this (at 300 dpi; scaled by area at other resolutions) is blank. */
    private static final int BLANK_STROKE_PIXELS_300DPI = 40;
    /** Readings of a dash: the cell prints n/a. */
    private static final Pattern DASH = Pattern.compile("[-—－–_一~/／]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** What the Chinese model makes of a lone 1 or 0 (it knows no isolated digits): read as that digit. */
    private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("[工人了才丁丨|Il!ǀ]");
    private static final Pattern LOOKS_LIKE_ZERO = Pattern.compile("[Oo〇○口]");
    static final double BLANK_CONFIDENCE = 0.99;
    /**
     * Cell images for the digit pass are enlarged by this: at 300 dpi a table's digits are some 30 pixels high,
     * a size at which the engine misreads a lone 1 as 4; twice that it reads them right.
     */
    static final int ENLARGE = 2;
    /** A cell narrower or lower than this (inches) cannot hold a figure: a blank there is a doubt about the grid. */
    private static final double MIN_CELL_INCHES = 0.08;

    /** A recognised cell: its text, the words placed in the cell's own pixels, and how sure the reading is. */
    record CellText(String text, List<OcrWord> words, Recognition recognition) {
    }

    private OcrCells() {
    }

    static List<CellText> read(BufferedImage clean, InkMask mask, List<Rectangle> cells, double dpi, Tesseract engine,
                               OcrTimings timings) throws IOException {
        int blank = (int) Math.round(BLANK_STROKE_PIXELS_300DPI * (dpi / 300) * (dpi / 300));
        List<Integer> inked = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Rectangle r = cells.get(i);
            if (mask.strokePixels(r.x, r.y, r.x + r.width, r.y + r.height) >= blank) {
                inked.add(i);
            }
        }
        long start = System.nanoTime();
        List<List<OcrWord>> full = engine.recognise(CellCrops.of(clean, cells, inked, 1), OcrPass.CHINESE_BLOCK);
        start = timings.add(OcrTimings.Step.CHINESE_CELLS, start);
        List<Integer> numeric = new ArrayList<>();
        for (int k = 0; k < inked.size(); k++) {
            if (!HAN.matcher(asDigits(DASH.matcher(compact(text(full.get(k)))).replaceAll(""))).find()) {
                numeric.add(inked.get(k));
            }
        }
        List<Integer> suspect = DigitColumns.suspects(cells, inked, full, numeric);
        numeric.addAll(suspect);
        List<List<OcrWord>> digits = engine.recognise(CellCrops.of(clean, cells, numeric, ENLARGE), OcrPass.DIGITS);
        start = timings.add(OcrTimings.Step.DIGIT_CELLS, start);
        List<Rectangle> cut = CellCrops.inked(clean, cells, numeric);
        List<List<OcrWord>> check = engine.recognise(CellCrops.of(clean, cut, 1), OcrPass.DIGITS);
        List<Integer> lone = new ArrayList<>();
        for (int d = 0; d < cut.size(); d++) {
            if (CellCrops.inkComponents(clean, cut.get(d)) == 1) {
                lone.add(d);
            }
        }
        List<List<OcrWord>> glyphs = engine.recognise(CellCrops.of(clean, cut, lone, 1), OcrPass.DIGIT_WORD);
        timings.add(OcrTimings.Step.CHECK_CELLS, start);
        List<CellText> out = new ArrayList<>();
        cells.forEach(c -> out.add(blank(c, dpi)));
        for (int k = 0; k < inked.size(); k++) {
            int cell = inked.get(k);
            int d = numeric.indexOf(cell);
            List<OcrWord> glyph = d < 0 || !lone.contains(d) ? null : glyphs.get(lone.indexOf(d));
            boolean unread = d >= 0 && suspect.contains(cell) && !DigitColumns.agree(digits.get(d), check.get(d))
                    && !NumberEvidence.isSureDigit(glyph);
            CellText read = d < 0 ? label(full.get(k)) : unread ? DigitColumns.unread(text(full.get(k)))
                    : number(full.get(k), digits.get(d), shifted(check.get(d), cut.get(d), cells.get(cell)), glyph,
                    cells.get(cell));
            out.set(cell, d >= 0 && !unread && suspect.contains(cell)
                    ? DigitColumns.misread(read, text(full.get(k)), text(digits.get(d)), text(check.get(d))) : read);
        }
        return out;
    }

    /** A cell without ink: blank, certain only where the cell is large enough to have held a figure. */
    private static CellText blank(Rectangle cell, double dpi) {
        double least = MIN_CELL_INCHES * dpi;
        return cell.width >= least && cell.height >= least
                ? new CellText("", List.of(), new Recognition(BLANK_CONFIDENCE, null))
                : new CellText("", List.of(), new Recognition(0, "OCR: cell too small to hold a figure (doubtful grid)"));
    }

    private static CellText label(List<OcrWord> words) {
        return new CellText(text(words), unpadded(words, 1), new Recognition(minConfidence(words), null));
    }

    /** A cell without Chinese: a dash, or a number decided from the three readings ({@link NumberEvidence}). */
    private static CellText number(List<OcrWord> fullWords, List<OcrWord> digitWords, List<OcrWord> checkWords,
                                   List<OcrWord> glyphWords, Rectangle cell) {
        String full = asDigits(compact(text(fullWords)));
        String digits = compact(text(digitWords));
        String check = compact(text(checkWords));
        if (DASH.matcher(full).matches() && (digits.isEmpty() || DASH.matcher(digits).matches())) {
            String printed = full.matches("[/／]") ? full : "—";
            OcrWord dash = new OcrWord(printed, minConfidence(fullWords), cell.width / 3, cell.height / 3,
                    cell.width / 3, cell.height / 3, "1.1.1");
            return new CellText(printed, List.of(dash), new Recognition(dash.confidence(), null));
        }
        if (digits.isEmpty() && full.isEmpty() && check.isEmpty()) {
            return new CellText("", List.of(), new Recognition(0, "OCR: marks in the cell, nothing recognised"));
        }
        NumberEvidence.Decision decision = NumberEvidence.decide(
                new NumberEvidence.Reading(full, minConfidence(fullWords)),
                new NumberEvidence.Reading(digits, minConfidence(digitWords)),
                new NumberEvidence.Reading(check, minConfidence(checkWords)), glyphWords == null ? null
                        : new NumberEvidence.Reading(compact(text(glyphWords)), minConfidence(glyphWords)));
        Recognition recognition = new Recognition(decision.confidence(), decision.note());
        if (decision.text().isEmpty()) {
            // a number cell that reads as no number: left empty (never text, which would pass for a label)
            return new CellText("", List.of(), recognition);
        }
        List<OcrWord> chosen = decision.text().equals(digits) ? unpadded(digitWords, ENLARGE)
                : decision.text().equals(check) ? unpadded(checkWords, 1) : unpadded(fullWords, 1);
        return new CellText(decision.text(), List.of(spanning(decision.text(), chosen, decision.confidence())),
                recognition);
    }

    /** Words read in a cut of a cell placed as if read in the whole cell image. */
    private static List<OcrWord> shifted(List<OcrWord> words, Rectangle cut, Rectangle cell) {
        int dx = cut.x - cell.x, dy = cut.y - cell.y;
        return words.stream().map(w -> new OcrWord(w.text(), w.confidence(), w.left() + dx, w.top() + dy, w.width(),
                w.height(), w.lineKey())).toList();
    }

    /** One word with the given text over the box of the words it replaces. */
    private static OcrWord spanning(String text, List<OcrWord> words, double confidence) {
        int left = words.stream().mapToInt(OcrWord::left).min().orElseThrow();
        int top = words.stream().mapToInt(OcrWord::top).min().orElseThrow();
        int right = words.stream().mapToInt(OcrWord::right).max().orElseThrow();
        int bottom = words.stream().mapToInt(OcrWord::bottom).max().orElseThrow();
        return new OcrWord(text, confidence, left, top, Math.max(1, right - left), Math.max(1, bottom - top), "1.1.1");
    }

    private static List<OcrWord> unpadded(List<OcrWord> words, int enlarge) {
        return words.stream().map(w -> new OcrWord(w.text(), w.confidence(), (w.left() - CellCrops.PADDING) / enlarge,
                (w.top() - CellCrops.PADDING) / enlarge, w.width() / enlarge, w.height() / enlarge, w.lineKey())).toList();
    }

    /** The words' text, lines joined by '\n'. */
    static String text(List<OcrWord> words) {
        StringBuilder text = new StringBuilder();
        String line = null;
        for (OcrWord w : words) {
            if (line != null) {
                text.append(w.lineKey().equals(line) ? " " : "\n");
            }
            text.append(w.text());
            line = w.lineKey();
        }
        return text.toString();
    }

    /** The Chinese pass's stand-ins for lone digits read as those digits. */
    static String asDigits(String text) {
        return LOOKS_LIKE_ZERO.matcher(LOOKS_LIKE_ONE.matcher(text).replaceAll("1")).replaceAll("0");
    }

    /** Without white space, full-width digits and signs as ASCII. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c ->
                out.appendCodePoint(c >= '０' && c <= '９' || c == '＋' || c == '．' || c == '／' ? c - 0xFEE0 : c));
        return out.toString();
    }

    private static double minConfidence(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
    }
}
