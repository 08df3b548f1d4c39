package gongkai.read.pdf;

import gongkai.model.Cell;
import gongkai.model.Recognition;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the cells of a scanned table one by one: every inked cell in Chinese, then the cells that hold no
 * Chinese again with a digit-only pass. A number is taken from the digit pass; where the two passes disagree,
 * confidence is low, or ink was found but nothing read, the cell carries a note.
 */
final class OcrCells {
    /** White margin around each cell image (Tesseract reads poorly up to the image edge). */
    private static final int PADDING = 12;
    /** A cell with fewer stroke pixels than this (at 300 dpi; scaled by area at other resolutions) is blank. */
    private static final int BLANK_STROKE_PIXELS_300DPI = 40;
    /** Readings of a dash: the cell prints n/a. */
    private static final Pattern DASH = Pattern.compile("[-—－–_一~/／]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
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

    /** A recognised cell: its text, the words placed in the cell's own pixels, and how sure the reading is. */
    record CellText(String text, List<OcrWord> words, Recognition recognition) {
    }

    private OcrCells() {
    }

    static List<CellText> read(BufferedImage clean, InkMask mask, List<Rectangle> cells, double dpi, Tesseract engine)
            throws IOException {
        int blank = (int) Math.round(BLANK_STROKE_PIXELS_300DPI * (dpi / 300) * (dpi / 300));
        List<Integer> inked = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Rectangle r = cells.get(i);
            if (mask.strokePixels(r.x, r.y, r.x + r.width, r.y + r.height) >= blank) {
                inked.add(i);
            }
        }
        List<List<OcrWord>> full = engine.recognise(crops(clean, cells, inked, 1), OcrPass.CHINESE_BLOCK);
        List<Integer> numeric = new ArrayList<>();
        for (int k = 0; k < inked.size(); k++) {
            if (!HAN.matcher(asDigits(DASH.matcher(compact(text(full.get(k)))).replaceAll(""))).find()) {
                numeric.add(k);
            }
        }
        List<List<OcrWord>> digits = engine.recognise(crops(clean, cells, numeric.stream().map(inked::get).toList(), ENLARGE),
                OcrPass.DIGITS);
        List<CellText> out = new ArrayList<>();
        cells.forEach(c -> out.add(new CellText("", List.of(), new Recognition(BLANK_CONFIDENCE, null))));
        for (int k = 0; k < inked.size(); k++) {
            int d = numeric.indexOf(k);
            out.set(inked.get(k), d < 0 ? label(full.get(k)) : number(full.get(k), digits.get(d), cells.get(inked.get(k))));
        }
        return out;
    }

    private static CellText label(List<OcrWord> words) {
        return new CellText(text(words), unpadded(words, 1), new Recognition(minConfidence(words), null));
    }

    /** A cell without Chinese: the digit pass's reading, doubted where the passes disagree or confidence is low. */
    private static CellText number(List<OcrWord> fullWords, List<OcrWord> digitWords, Rectangle cell) {
        String full = asDigits(compact(text(fullWords)));
        String digits = compact(text(digitWords));
        if (DASH.matcher(full).matches() && (digits.isEmpty() || DASH.matcher(digits).matches())) {
            String printed = full.matches("[/／]") ? full : "—";
            OcrWord dash = new OcrWord(printed, minConfidence(fullWords), cell.width / 3, cell.height / 3,
                    cell.width / 3, cell.height / 3, "1.1.1");
            return new CellText(printed, List.of(dash), new Recognition(dash.confidence(), null));
        }
        if (digits.isEmpty() && full.isEmpty()) {
            return new CellText("", List.of(), new Recognition(0, "OCR: marks in the cell, nothing recognised"));
        }
        List<OcrWord> chosen = digits.isEmpty() ? unpadded(fullWords, 1) : unpadded(digitWords, ENLARGE);
        String text = digits.isEmpty() ? full : digits;
        double confidence = minConfidence(chosen);
        if (!NUMBER.matcher(text).matches()) {
            // a number cell that reads as no number: left empty (never text, which would pass for a label)
            return new CellText("", List.of(), new Recognition(0, "OCR: unreadable, digit pass read '" + digits
                    + "', full pass read '" + full + "'"));
        }
        String note = null;
        if (digits.equals(full)) {
            // two different models agreeing: the reading is wrong only if both are
            confidence = 1 - (1 - confidence) * (1 - minConfidence(fullWords));
        } else {
            note = "OCR: digit pass read '" + digits + "', full pass read '" + full + "'";
        }
        if (note == null && confidence < Cell.CONFIDENT_OCR) {
            note = String.format("OCR: low confidence %.2f", confidence);
        }
        return new CellText(text, List.of(spanning(text, chosen, confidence)), new Recognition(confidence, note));
    }

    /** One word with the given text over the box of the words it replaces. */
    private static OcrWord spanning(String text, List<OcrWord> words, double confidence) {
        int left = words.stream().mapToInt(OcrWord::left).min().orElseThrow();
        int top = words.stream().mapToInt(OcrWord::top).min().orElseThrow();
        int right = words.stream().mapToInt(OcrWord::right).max().orElseThrow();
        int bottom = words.stream().mapToInt(OcrWord::bottom).max().orElseThrow();
        return new OcrWord(text, confidence, left, top, Math.max(1, right - left), Math.max(1, bottom - top), "1.1.1");
    }

    /** The cells' images, each on a white margin. */
    private static List<BufferedImage> crops(BufferedImage page, List<Rectangle> cells, List<Integer> which, int enlarge) {
        List<BufferedImage> crops = new ArrayList<>();
        for (int i : which) {
            Rectangle r = cells.get(i);
            BufferedImage crop = new BufferedImage(enlarge * r.width + 2 * PADDING, enlarge * r.height + 2 * PADDING,
                    BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = crop.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, crop.getWidth(), crop.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(page.getSubimage(r.x, r.y, r.width, r.height), PADDING, PADDING,
                        enlarge * r.width, enlarge * r.height, null);
            } finally {
                g.dispose();
            }
            crops.add(crop);
        }
        return crops;
    }

    private static List<OcrWord> unpadded(List<OcrWord> words, int enlarge) {
        return words.stream().map(w -> new OcrWord(w.text(), w.confidence(), (w.left() - PADDING) / enlarge,
                (w.top() - PADDING) / enlarge, w.width() / enlarge, w.height() / enlarge, w.lineKey())).toList();
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
