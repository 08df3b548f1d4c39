package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-step OCR timings the bench command prints. */
class OcrTimingsTest {
    @Test
    void noScannedPageNoSummary() {
        assertEquals(List.of(), new OcrTimings().summary());
    }

    @Test
    void secondsPerPageAndShareOfEachStep() {
        OcrTimings timings = new OcrTimings();
        long now = System.nanoTime();
        timings.add(OcrTimings.Step.RENDER, now - 1_000_000_000L);
        timings.add(OcrTimings.Step.DIGIT_CELLS, now - 3_000_000_000L);
        timings.countPage();
        timings.countPage();

        List<String> lines = timings.summary();

        assertEquals(1 + OcrTimings.Step.values().length, lines.size());
        assertEquals("OCR: 2 scanned pages, 2.00 s per page (summed over threads)", lines.get(0).replaceAll("2\\.0\\d s", "2.00 s"));
        assertEquals("  render             0.50 s/page  25.0 %", lines.get(1).replaceAll("0\\.5\\d s", "0.50 s")
                .replaceAll("2\\d\\.\\d %", "25.0 %"));
        assertEquals("  digit_cells        1.50 s/page  75.0 %", lines.get(5).replaceAll("1\\.5\\d s", "1.50 s")
                .replaceAll("7\\d\\.\\d %", "75.0 %"));
    }
}
