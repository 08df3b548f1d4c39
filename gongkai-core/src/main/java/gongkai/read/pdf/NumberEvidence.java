package gongkai.read.pdf;

import gongkai.model.Cell;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides a number cell from three readings: the Chinese model over the cell as printed (full), the digit-only model
 * over the cell enlarged twice (digits) and the same model over the cell cut to its
 * ink, as printed (check). The value is the reading at least two agree on (else the digit
 * pass's). A cell is certain only when all three read the same number and both digit-model readings are sure of
 * every word: a misreading then needs two models and two image sizes to make the same mistake. The project's
 * scans showed each single model confidently wrong (the digit pass read 27 as 21, the full pass 4 as 44), never
 * all three alike.
 */
final class NumberEvidence {
    /** Least word confidence of a digit-model reading for the cell to be certain. */
    static final double SURE_WORDS = 0.80;
    /** A word-mode digit that alone was read is taken if it is this much surer than the full pass's reading. */
    static final double WORD_PASS_MARGIN = 0.5;
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern LONE_DIGIT = Pattern.compile("\\d");

    /** One reading: its text (compacted) and the least confidence of its words (0 when nothing was read). */
    record Reading(String text, double confidence) {
        boolean isNumber() {
            return NUMBER.matcher(text).matches();
        }
    }

    /** The decision: the text taken (empty when no reading is a number), its confidence, and a note unless certain. */
    record Decision(String text, double confidence, String note) {
    }

    private NumberEvidence() {
    }

    static Decision decide(Reading full, Reading digits, Reading check) {
        return decide(full, digits, check, null);
    }

    /**
     * As {@link #decide(Reading, Reading, Reading)}, with {@code glyph}, the word-mode reading of a cell whose ink is
     * one glyph (null for any other cell). The line-mode digit passes miss most lone glyphs (Hongze 2023 at 200 dpi:
     * 135 printed 0s, each read by at most two of the three readings), so a lone digit is also certain when the word
     * mode reads it surely and the Chinese model reads the same glyph, and neither digit pass reads anything else: two
     * models, each over its own image of one shape, and no reading against them.
     */
    static Decision decide(Reading full, Reading digits, Reading check, Reading glyph) {
        Decision decision = decideThree(full, digits, check);
        if (decision.note() == null || glyph == null) {
            return decision;
        }
        double confidence = 1 - (1 - full.confidence()) * (1 - glyph.confidence());
        if (isSureLoneDigit(glyph, full, digits, check) && confidence >= Cell.CONFIDENT_OCR) {
            return new Decision(glyph.text(), confidence, null);
        }
        boolean wordPassOnly = isOnlySureDigit(glyph, full, digits, check);
        return new Decision(wordPassOnly ? glyph.text() : decision.text(),
                wordPassOnly ? Math.min(glyph.confidence(), Cell.CONFIDENT_OCR - 0.01) : decision.confidence(),
                decision.note() + String.format(", word pass read '%s' (%.2f; full pass %.2f)", glyph.text(),
                        glyph.confidence(), full.confidence()));
    }

    /**
     * Whether the word mode's lone digit is the likeliest reading: both digit passes read nothing and the full pass
     * is far less sure of what it read (a 1-bit 4 read by the Chinese model as 1 or 媳 with no confidence). The cell
     * then takes the word mode's digit, still with its note.
     */
    private static boolean isOnlySureDigit(Reading glyph, Reading full, Reading digits, Reading check) {
        return LONE_DIGIT.matcher(glyph.text()).matches() && digits.text().isEmpty() && check.text().isEmpty()
                && glyph.confidence() - full.confidence() >= WORD_PASS_MARGIN;
    }

    /** Whether the word mode read a lone glyph surely as one digit (null: the cell's ink is not one glyph). */
    static boolean isSureDigit(List<OcrWord> glyph) {
        return glyph != null && LONE_DIGIT.matcher(OcrCells.compact(OcrCells.text(glyph))).matches()
                && glyph.stream().mapToDouble(OcrWord::confidence).min().orElse(0) >= SURE_WORDS;
    }

    private static boolean isSureLoneDigit(Reading glyph, Reading full, Reading digits, Reading check) {
        return LONE_DIGIT.matcher(glyph.text()).matches() && glyph.confidence() >= SURE_WORDS
                && glyph.text().equals(full.text())
                && (digits.text().isEmpty() || digits.text().equals(glyph.text()))
                && (check.text().isEmpty() || check.text().equals(glyph.text()));
    }

    private static Decision decideThree(Reading full, Reading digits, Reading check) {
        String value = agreed(full, digits, check);
        if (value == null) {
            return new Decision("", 0, "OCR: unreadable, " + readings(full, digits, check));
        }
        boolean allAgree = value.equals(full.text()) && value.equals(digits.text()) && value.equals(check.text());
        if (!allAgree) {
            double confidence = List.of(full, digits, check).stream().filter(r -> r.text().equals(value))
                    .mapToDouble(Reading::confidence).max().orElse(0);
            return new Decision(value, Math.min(confidence, Cell.CONFIDENT_OCR - 0.01),
                    "OCR: readings differ, " + readings(full, digits, check));
        }
        double confidence = 1 - (1 - full.confidence()) * (1 - digits.confidence()) * (1 - check.confidence());
        if (Math.min(digits.confidence(), check.confidence()) < SURE_WORDS) {
            return new Decision(value, Math.min(confidence, Cell.CONFIDENT_OCR - 0.01), String.format(
                    "OCR: low confidence (digit pass %.2f, check pass %.2f)", digits.confidence(), check.confidence()));
        }
        return new Decision(value, confidence, null);
    }

    /** The number two readings agree on; else the first number among digits, check, full; else null. */
    private static String agreed(Reading full, Reading digits, Reading check) {
        for (Reading r : List.of(digits, check, full)) {
            long same = List.of(full, digits, check).stream().filter(o -> Objects.equals(o.text(), r.text())).count();
            if (r.isNumber() && same >= 2) {
                return r.text();
            }
        }
        return List.of(digits, check, full).stream().filter(Reading::isNumber).map(Reading::text).findFirst()
                .orElse(null);
    }

    private static String readings(Reading full, Reading digits, Reading check) {
        return "digit pass read '" + digits.text() + "', check pass read '" + check.text() + "', full pass read '"
                + full.text() + "'";
    }
}
