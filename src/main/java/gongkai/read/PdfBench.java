package gongkai.read;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A benchmark, not a test: in one JVM, warms up, then measures per PDF the median time of {@link PdfReader#read}
 * and of PDFBox's plain {@code PDFTextStripper.getText} (both including loading the file), and the heap in use
 * after GC before and after reading all files a number of times.
 * Usage: {@code PdfBench FOLDER [ROUNDS]}.
 */
public final class PdfBench {
    private static final int WARM_UP_ROUNDS = 10;
    private static final int DEFAULT_ROUNDS = 21;

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
        out.printf("%-40s %5s %10s %10s %6s%n", "file", "pages", "read ms", "getText ms", "ratio");
        double readTotal = 0, textTotal = 0;
        for (Path file : files) {
            double[] read = new double[rounds], text = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                reader.read(file);
                long t1 = System.nanoTime();
                getText(file);
                long t2 = System.nanoTime();
                read[i] = (t1 - t0) / 1e6;
                text[i] = (t2 - t1) / 1e6;
            }
            double r = median(read), t = median(text);
            readTotal += r;
            textTotal += t;
            out.printf("%-40s %5d %10.2f %10.2f %6.2f%n", file.getFileName(), pages(file), r, t, r / t);
        }
        out.printf("%-40s %5s %10.2f %10.2f %6.2f%n", "sum of medians", "", readTotal, textTotal, readTotal / textTotal);
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
