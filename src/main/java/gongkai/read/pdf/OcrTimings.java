package gongkai.read.pdf;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each step of reading scanned pages, summed over pages and threads (for the benchmark). */
public final class OcrTimings {
    /**
     * The steps of reading one scanned page: rendering, deskewing, finding rules and building grids, the Tesseract
     * passes over the table cells (Chinese, digits, digit check) and over the running text.
     */
    public enum Step { RENDER, DESKEW, RULES_AND_GRID, CHINESE_CELLS, DIGIT_CELLS, CHECK_CELLS, RUNNING_TEXT }

    /** The counters of this process (readers built by the library add to them; the benchmark reads them). */
    public static final OcrTimings TOTAL = new OcrTimings();

    private final Map<Step, LongAdder> nanos = new EnumMap<>(Step.class);
    private final LongAdder pages = new LongAdder();

    public OcrTimings() {
        for (Step s : Step.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** Adds the time since {@code startNanos} to the step; returns now, the start of the next step. */
    long add(Step step, long startNanos) {
        long now = System.nanoTime();
        nanos.get(step).add(now - startNanos);
        return now;
    }

    void countPage() {
        pages.increment();
    }

    public long pages() {
        return pages.sum();
    }

    public double seconds(Step step) {
        return nanos.get(step).sum() / 1e9;
    }
}
