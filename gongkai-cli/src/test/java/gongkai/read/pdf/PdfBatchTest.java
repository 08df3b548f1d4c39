package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad PDFs in a folder: each gets its own failed record and code, and the good report beside them is read. */
class PdfBatchTest {
    @TempDir
    Path dir;

    @Test
    void eachBadPdfGetsItsOwnStatusAndCodeAndTheBatchGoesOn() throws IOException {
        encrypted(dir.resolve("a_encrypted.pdf"));
        try (PDDocument doc = new PDDocument()) {
            PdfMaker.save(doc, dir.resolve("b_zero_pages.pdf"));
        }
        truncated(dir.resolve("c_truncated.pdf"));
        imageOnly(dir.resolve("d_image_only.pdf"));
        Files.copy(Path.of("test-fixtures", "pdf", "v2021_libreoffice.pdf"), dir.resolve("e_report.pdf"));

        List<Report> reports = new Pipeline("zh").run(List.of(dir));

        assertEquals(5, reports.size());
        List<String> outcomes = reports.stream()
                .map(r -> r.status().id() + " " + (r.errors().isEmpty() ? "-" : r.errors().get(0).code())).toList();
        assertEquals(List.of("failed ENCRYPTED_PDF", "failed CORRUPT_PDF", "failed CORRUPT_PDF",
                "failed NO_TEXT_LAYER", "ok -"), outcomes);
        assertEquals(200, reports.get(4).cells().size());
    }

    private static void encrypted(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            textPage(doc);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            PdfMaker.save(doc, file);
        }
    }

    private static void truncated(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            textPage(doc);
            doc.save(bytes);
        }
        Files.write(file, Arrays.copyOf(bytes.toByteArray(), bytes.size() / 4));
    }

    private static void imageOnly(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = PdfMaker.addPage(doc);
            try (PDPageContentStream out = PdfMaker.open(doc, page)) {
                PdfMaker.image(doc, out);
            }
            PdfMaker.save(doc, file);
        }
    }

    private static void textPage(PDDocument doc) throws IOException {
        PDPage page = PdfMaker.addPage(doc);
        try (PDPageContentStream out = PdfMaker.open(doc, page)) {
            PdfMaker.text(out, PdfMaker.HELVETICA, 12, 72, 100, "report");
        }
    }
}
