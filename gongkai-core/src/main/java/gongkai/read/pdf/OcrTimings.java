package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * The steps' seconds per scanned page and share of the total, one line each after a header line; empty when
     * no page was read by OCR. Times are summed over threads (pages run in parallel), so they are work, not wall.
     */
    public List<String> summary() {
        return since(new OcrTimings());
    }

    /** A copy of the counters now, to print only what a later run adds ({@link #since}). */
    public OcrTimings snapshot() {
        OcrTimings copy = new OcrTimings();
        nanos.forEach((step, n) -> copy.nanos.get(step).add(n.sum()));
        copy.pages.add(pages());
        return copy;
    }

    /** {@link #summary()} of what was added after the snapshot {@code start}. */
    public List<String> since(OcrTimings start) {
        long n = pages() - start.pages();
        if (n == 0) {
            return List.of();
        }
        java.util.function.ToDoubleFunction<Step> seconds = step -> seconds(step) - start.seconds(step);
        double total = Arrays.stream(Step.values()).mapToDouble(seconds).sum();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "OCR: %d scanned pages, %.2f s per page (summed over threads)", n, total / n));
        for (Step step : Step.values()) {
            lines.add(String.format(Locale.ROOT, "  %-15s %7.2f s/page %5.1f %%", step.name().toLowerCase(Locale.ROOT),
                    seconds.applyAsDouble(step) / n, total > 0 ? 100 * seconds.applyAsDouble(step) / total : 0));
        }
        return lines;
    }
}
