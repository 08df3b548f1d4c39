package gongkai.read;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A benchmark, not a test: in one JVM, warms up, then measures per PDF the median time (wall clock and thread CPU)
 * of {@link PdfReader#read} and of PDFBox's plain {@code PDFTextStripper.getText} (both including loading the
 * file, run alternately), and the heap in use
 * after GC before and after reading all files a number of times.
 * Usage: {@code PdfBench FOLDER [ROUNDS]}.
 */
public final class PdfBench {
    private static final int WARM_UP_ROUNDS = 10;
    private static final int DEFAULT_ROUNDS = 21;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PdfBench FOLDER [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        run(files, rounds, System.out);
    }

    static void run(List<Path> files, int rounds, PrintStream out) throws Exception {
        PdfReader reader = new PdfReader();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (Path file : files) {
                reader.read(file);
                getText(file);
            }
        }
        out.printf("%-36s %5s %9s %9s %6s %9s %9s %6s%n", "file", "pages", "read ms", "getText", "ratio",
                "read cpu", "text cpu", "ratio");
        double[] totals = new double[4];
        for (Path file : files) {
            double[][] samples = new double[4][rounds]; // wall read, wall getText, cpu read, cpu getText
            for (int i = 0; i < rounds; i++) {
                measure(() -> reader.read(file), samples[0], samples[2], i);
                measure(() -> getText(file), samples[1], samples[3], i);
            }
            double[] m = new double[4];
            for (int k = 0; k < 4; k++) {
                m[k] = median(samples[k]);
                totals[k] += m[k];
            }
            out.printf("%-36s %5d %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f%n", file.getFileName(), pages(file),
                    m[0], m[1], m[0] / m[1], m[2], m[3], m[2] / m[3]);
        }
        out.printf("%-36s %5s %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f%n", "sum of medians", "", totals[0], totals[1],
                totals[0] / totals[1], totals[2], totals[3], totals[2] / totals[3]);
        heap(files, rounds, reader, out);
    }

    private static void heap(List<Path> files, int rounds, PdfReader reader, PrintStream out) throws Exception {
        long before = usedAfterGc();
        int n = 0;
        for (int i = 0; i < rounds; i++) {
            for (Path file : files) {
                reader.read(file);
                n++;
            }
        }
        long after = usedAfterGc();
        out.printf("heap used after GC: before %.1f MB, after reading %d files %.1f MB%n",
                before / 1048576.0, n, after / 1048576.0);
    }

    private interface Task {
        void run() throws Exception;
    }

    /** Runs the task once, storing its wall-clock and thread-CPU milliseconds (CPU time is less disturbed by load). */
    private static void measure(Task task, double[] wall, double[] cpu, int i) throws Exception {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        task.run();
        wall[i] = (System.nanoTime() - t0) / 1e6;
        cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
    }

    private static String getText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static int pages(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
