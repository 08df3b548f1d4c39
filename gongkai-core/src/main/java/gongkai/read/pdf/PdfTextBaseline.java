package gongkai.read.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's plain text extraction (load, {@code PDFTextStripper.getText}, close): the baseline the speed of
 * gongkai's whole extract is measured against by the {@code bench} subcommand. It lives here because PDFBox
 * types stay inside this package.
 */
public final class PdfTextBaseline {
    private PdfTextBaseline() {
    }

    /** The text of every page as PDFBox's default stripper gives it. */
    public static String text(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The number of pages; loads the file, so callers keep it out of timed code. */
    public static int pages(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        }
    }
}
