package gongkai.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Replaces the scan of each page without a text layer by what OCR reads on it, pages in parallel (rendering one
 * at a time: a PDF document is not safe for concurrent use).
 */
final class OcrPages {
    /** Pages recognised at once (each Tesseract process runs on one thread). */
    static final int PARALLEL_PAGES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The pages (scanned ones replaced) and what OCR made of each scanned page. */
    record Outcome(List<PageScan> pages, List<OcrPage.Result> results) {
        List<OcrReading> readings() {
            return results.stream().flatMap(r -> r.readings().stream()).toList();
        }
    }

    private OcrPages() {
    }

    static Outcome read(PDDocument pdf, List<PageScan> pages, Tesseract engine, OcrTimings timings) throws IOException {
        List<Integer> scanned = pages.stream().filter(OcrPages::isScanned).map(PageScan::number).toList();
        PDFRenderer renderer = new PDFRenderer(pdf);
        ForkJoinPool pool = new ForkJoinPool(PARALLEL_PAGES);
        try {
            List<OcrPage.Result> results = pool.submit(() -> IntStream.range(0, scanned.size()).parallel()
                    .mapToObj(i -> readPage(renderer, pdf, pages.get(scanned.get(i) - 1), engine, timings))
                    .toList()).get();
            List<PageScan> out = new ArrayList<>(pages);
            for (OcrPage.Result r : results) {
                out.set(r.scan().number() - 1, r.scan());
            }
            return new Outcome(out, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during OCR", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException("OCR failed: " + cause, cause);
        } finally {
            pool.shutdown();
        }
    }

    /** A page that shows an image and has no text layer. */
    static boolean isScanned(PageScan page) {
        return !page.hasText() && page.images() > 0;
    }

    private static OcrPage.Result readPage(PDFRenderer renderer, PDDocument pdf, PageScan page, Tesseract engine,
                                           OcrTimings timings) {
        try {
            long start = System.nanoTime();
            BufferedImage image;
            synchronized (pdf) {
                image = renderer.renderImageWithDPI(page.number() - 1, (float) OcrPage.DPI, ImageType.GRAY);
            }
            timings.add(OcrTimings.Step.RENDER, start);
            OcrPage.Result result = OcrPage.read(image, page.number(), page.width(), page.height(), engine, timings);
            timings.countPage();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
