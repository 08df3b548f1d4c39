package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.read.pdf.NumberEvidence.Decision;
import gongkai.read.pdf.NumberEvidence.Reading;
import org.junit.jupiter.api.Test;

/** How a number cell is decided from its three readings, and when it is certain. */
class NumberEvidenceTest {
    @Test
    void threeSureReadingsAlikeAreCertain() {
        Decision d = NumberEvidence.decide(new Reading("27", 0.5), new Reading("27", 0.95), new Reading("27", 0.9));

        assertEquals(new Decision("27", 1 - 0.5 * 0.05 * 0.1, null), d);
    }

    /** v2021_libreoffice.300dpi, t3.granted.legal_service_org: printed 27, the digit pass read 21 (seen on main). */
    @Test
    void theDigitPassReading27As21IsOutvotedAndNoted() {
        Decision d = NumberEvidence.decide(new Reading("27", 0.92), new Reading("21", 0.0), new Reading("27", 0.88));

        assertEquals("27", d.text());
        assertEquals(0.89, d.confidence(), 1e-9);
        assertEquals("OCR: readings differ, digit pass read '21', check pass read '27', full pass read '27'", d.note());
    }

    /** v2021_libreoffice.200dpi and 300dpi: a lone 4 read as 44 by the full pass, nothing by the digit pass. */
    @Test
    void theFullPassReading4As44AloneIsNoted() {
        Decision d = NumberEvidence.decide(new Reading("44", 0.65), new Reading("", 0), new Reading("4", 0.93));

        assertEquals("4", d.text());
        assertEquals("OCR: readings differ, digit pass read '', check pass read '4', full pass read '44'", d.note());
    }

    @Test
    void readingsAlikeButAnUnsureDigitModelAreNoted() {
        Decision d = NumberEvidence.decide(new Reading("8", 0.9), new Reading("8", 0.95), new Reading("8", 0.6));

        assertEquals("8", d.text());
        assertEquals(0.89, d.confidence(), 1e-9);
        assertEquals("OCR: low confidence (digit pass 0.95, check pass 0.60)", d.note());
    }

    @Test
    void withoutAnyNumberTheCellIsUnreadable() {
        Decision d = NumberEvidence.decide(new Reading("a", 0.9), new Reading("", 0), new Reading("..", 0.3));

        assertEquals(new Decision("", 0, "OCR: unreadable, digit pass read '', check pass read '..', full pass read 'a'"), d);
    }

    @Test
    void threeDifferentNumbersTakeTheDigitPass() {
        Decision d = NumberEvidence.decide(new Reading("18", 0.9), new Reading("16", 0.7), new Reading("13", 0.8));

        assertEquals("16", d.text());
        assertEquals(0.7, d.confidence(), 1e-9);
    }

    /** Hongze 2023 at 200 dpi: a printed 0 the line-mode digit passes miss, read surely by the word mode. */
    @Test
    void aLoneDigitTheWordModeReadsSurelyAndTheChinesePassAlikeIsCertain() {
        Decision d = NumberEvidence.decide(new Reading("0", 0.60), new Reading("", 0), new Reading("", 0),
                new Reading("0", 0.88));

        assertEquals(new Decision("0", 1 - 0.4 * 0.12, null), d);
    }

    @Test
    void aLoneDigitWithADigitPassReadingAnotherStaysNoted() { // Hongze: a 0 the digit pass read as 4
        Decision d = NumberEvidence.decide(new Reading("0", 0.9), new Reading("4", 0.8), new Reading("", 0),
                new Reading("0", 0.95));

        assertEquals("OCR: readings differ, digit pass read '4', check pass read '', full pass read '0', word pass read "
                + "'0' (0.95; full pass 0.90)", d.note());
    }

    @Test
    void aLoneDigitTheChinesePassDidNotReadAlikeStaysNoted() { // Hongze: a 1 the Chinese pass read as ]
        Decision d = NumberEvidence.decide(new Reading("]", 0.5), new Reading("", 0), new Reading("1", 0.3),
                new Reading("1", 0.95));

        assertEquals("1", d.text());
        assertEquals("OCR: readings differ, digit pass read '', check pass read '1', full pass read ']', word pass read "
                + "'1' (0.95; full pass 0.50)", d.note());
    }

    @Test
    void aLoneDigitTheWordModeReadsUnsurelyStaysNoted() { // Hongze: a lone 1 reads at 0.47–0.64 in the word mode
        Decision d = NumberEvidence.decide(new Reading("1", 0.9), new Reading("", 0), new Reading("", 0),
                new Reading("1", 0.64));

        assertEquals("OCR: readings differ, digit pass read '', check pass read '', full pass read '1', word pass read "
                + "'1' (0.64; full pass 0.90)", d.note());
    }

    @Test
    void aWordModeReadingCountsOnlyForOneDigit() {
        Decision d = NumberEvidence.decide(new Reading("10", 0.9), new Reading("", 0), new Reading("", 0),
                new Reading("10", 0.97));

        assertEquals("OCR: readings differ, digit pass read '', check pass read '', full pass read '10', word pass read "
                + "'10' (0.97; full pass 0.90)", d.note());
    }

    /** The fax scan: a 1-bit 4 the digit passes miss and the Chinese pass reads as 1 with no confidence. */
    @Test
    void aLoneDigitOnlyTheWordModeReadsWithConfidenceIsTakenAndStaysNoted() {
        Decision d = NumberEvidence.decide(new Reading("1", 0.0), new Reading("", 0), new Reading("", 0),
                new Reading("4", 0.79));

        assertEquals("4", d.text());
        assertEquals(0.79, d.confidence(), 1e-9);
        assertEquals("OCR: readings differ, digit pass read '', check pass read '', full pass read '1', word pass read "
                + "'4' (0.79; full pass 0.00)", d.note());
        assertEquals("1", NumberEvidence.decide(new Reading("1", 0.5), new Reading("", 0), new Reading("", 0),
                new Reading("4", 0.79)).text());
        assertEquals("1", NumberEvidence.decide(new Reading("1", 0.0), new Reading("1", 0.5), new Reading("", 0),
                new Reading("4", 0.79)).text());
    }

    /** A suspect cell (a character in a column of numbers) is read as a number when the word mode is sure of it. */
    @Test
    void aSureWordModeDigitIsOneDigitReadWithConfidence() {
        assertEquals(true, NumberEvidence.isSureDigit(java.util.List.of(new OcrWord("4", 0.96, 0, 0, 9, 9, "1.1.1"))));
        assertEquals(false, NumberEvidence.isSureDigit(java.util.List.of(new OcrWord("4", 0.6, 0, 0, 9, 9, "1.1.1"))));
        assertEquals(false, NumberEvidence.isSureDigit(java.util.List.of(new OcrWord("14", 0.96, 0, 0, 9, 9, "1.1.1"))));
        assertEquals(false, NumberEvidence.isSureDigit(null));
    }
}
