package gongkai.cli;

import gongkai.model.SourceFormat;
import gongkai.read.ReadException;
import gongkai.read.Readers;
import gongkai.read.pdf.OcrTimings;
import gongkai.read.pdf.PdfTextBaseline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench INPUT...}: in one JVM, the median wall and thread-CPU milliseconds per file of gongkai's whole
 * extract (read → extract → check) against PDFBox's plain {@code getText} (load, getText, close), run
 * alternately after a warm-up; for scanned pages, the seconds per page of each OCR step; then the heap in use after GC
 * before and after a long run of files. A benchmark,
 * so the speed and memory targets are checked here and never in timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the whole extract of each file against PDFBox's plain getText and check the heap stays flat.")
final class BenchCommand implements Callable<Integer> {
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;
    private static final String ROW = "%-36s %5s %10s %10s %6s %10s %10s %6s%n";
    private static final String NONE = "-";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (walked).")
    List<Path> inputs;

    @Option(names = "--rounds", defaultValue = "21", paramLabel = "N", description = "Timed runs per file (default 21).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N",
            description = "Untimed rounds over all files first, so the JIT has compiled both paths (default 10).")
    int warmup;

    @Option(names = "--heap-files", defaultValue = "1000", paramLabel = "N",
            description = "Files run through the pipeline, cycling over the inputs, between the two heap readings (default 1000).")
    int heapFiles;

    /** Results land here so the JIT cannot drop a run whose result is unused. */
    private long sink;

    @Override
    public Integer call() throws Exception {
        List<Path> files = files();
        OcrTimings ocrBefore = OcrTimings.TOTAL.snapshot();
        Pipeline pipeline = new Pipeline("zh");
        warmUp(pipeline, files);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, ROW, "file", "pages", "extract ms", "getText ms", "ratio", "extract cpu", "getText cpu",
                "ratio");
        Totals pdf = new Totals();
        Totals other = new Totals();
        for (Path file : files) {
            if (isPdf(file)) {
                pdf.add(timePdf(pipeline, file, out));
            } else {
                other.add(timeOther(pipeline, file, out));
            }
        }
        printTotals(out, pdf, other);
        OcrTimings.TOTAL.since(ocrBefore).forEach(out::println);
        out.flush();
        heap(pipeline, files, out);
        out.flush();
        return 0;
    }

    /** The files under the inputs; bad option values and missing inputs are usage errors (exit 2). */
    private List<Path> files() throws java.io.IOException {
        requireAtLeast("--rounds", rounds, 1);
        requireAtLeast("--warmup", warmup, 0);
        requireAtLeast("--heap-files", heapFiles, 0);
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "INPUT not found: " + input);
            }
        }
        List<Path> files = Pipeline.files(inputs);
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no files under INPUT " + inputs);
        }
        return files;
    }

    private void requireAtLeast(String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': " + value + " (must be at least " + least + ")");
        }
    }

    private void warmUp(Pipeline pipeline, List<Path> files) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Path file : files) {
                sink += pipeline.process(file).hashCode();
                if (isPdf(file)) {
                    sink += PdfTextBaseline.text(file).length();
                }
            }
        }
    }

    /** Alternates the two paths in every round so that drifting load hits both alike. */
    private double[] timePdf(Pipeline pipeline, Path file, PrintWriter out) throws Exception {
        Samples extract = new Samples(rounds);
        Samples getText = new Samples(rounds);
        for (int i = 0; i < rounds; i++) {
            extract.time(() -> sink += pipeline.process(file).hashCode());
            getText.time(() -> sink += PdfTextBaseline.text(file).length());
        }
        double[] m = {extract.wallMedian(), getText.wallMedian(), extract.cpuMedian(), getText.cpuMedian()};
        out.printf(Locale.ROOT, ROW, file.getFileName(), PdfTextBaseline.pages(file), ms(m[0]), ms(m[1]), ratio(m[0], m[1]),
                ms(m[2]), ms(m[3]), ratio(m[2], m[3]));
        return m;
    }

    /** Files other than PDF have no getText baseline: only the whole extract is timed. */
    private double[] timeOther(Pipeline pipeline, Path file, PrintWriter out) throws Exception {
        Samples extract = new Samples(rounds);
        for (int i = 0; i < rounds; i++) {
            extract.time(() -> sink += pipeline.process(file).hashCode());
        }
        double[] m = {extract.wallMedian(), 0, extract.cpuMedian(), 0};
        out.printf(Locale.ROOT, ROW, file.getFileName(), NONE, ms(m[0]), NONE, NONE, ms(m[2]), NONE, NONE);
        return m;
    }

    private static void printTotals(PrintWriter out, Totals pdf, Totals other) {
        double[] t = pdf.sums;
        if (pdf.files > 0) {
            out.printf(Locale.ROOT, ROW, "sum of medians (" + pdf.files + " PDF)", "", ms(t[0]), ms(t[1]), ratio(t[0], t[1]),
                    ms(t[2]), ms(t[3]), ratio(t[2], t[3]));
        } else {
            out.printf(Locale.ROOT, ROW, "sum of medians (0 PDF)", "", NONE, NONE, NONE, NONE, NONE, NONE);
        }
        if (other.files > 0) {
            out.printf(Locale.ROOT, "%d non-PDF files, whole extract only (no getText baseline): "
                    + "mean of the per-file medians %s ms wall, %s ms cpu%n", other.files, ms(other.sums[0] / other.files),
                    ms(other.sums[2] / other.files));
        }
    }

    /** Heap in use after GC before and after a long run: flat means nothing is kept from file to file. */
    private void heap(Pipeline pipeline, List<Path> files, PrintWriter out) throws InterruptedException {
        long before = Samples.usedHeapAfterGc();
        for (int i = 0; i < heapFiles; i++) {
            sink += pipeline.process(files.get(i % files.size())).hashCode();
        }
        long after = Samples.usedHeapAfterGc();
        out.printf(Locale.ROOT, "heap used after GC: before %.1f MB, after %d files %.1f MB%n", before / BYTES_PER_MB, heapFiles,
                after / BYTES_PER_MB);
    }

    private static boolean isPdf(Path file) {
        try {
            return Readers.detect(file) == SourceFormat.PDF;
        } catch (ReadException e) {
            return false;
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }

    private static String ratio(double a, double b) {
        return b > 0 ? String.format(Locale.ROOT, "%.2f", a / b) : NONE;
    }

    /** Summed medians (wall a, wall b, cpu a, cpu b) of a group of files. */
    private static final class Totals {
        final double[] sums = new double[4];
        int files;

        void add(double[] medians) {
            for (int k = 0; k < sums.length; k++) {
                sums[k] += medians[k];
            }
            files++;
        }
    }
}
