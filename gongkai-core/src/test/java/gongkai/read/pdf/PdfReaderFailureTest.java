package gongkai.read.pdf;

import gongkai.model.ErrorCode;
import gongkai.read.ReadException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Document;
import gongkai.model.Finding;
import gongkai.model.Paragraph;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** Files the reader cannot read, or reads only in part, generated here with PDFBox. */
class PdfReaderFailureTest {
    @TempDir
    Path dir;

    private static void textPage(PDDocument doc, String text) throws IOException {
        PDPage page = PdfMaker.addPage(doc);
        try (PDPageContentStream out = PdfMaker.open(doc, page)) {
            PdfMaker.text(out, PdfMaker.HELVETICA, 12, 72, 100, text);
        }
    }

    private static ReadException failure(Path file) {
        return assertThrows(ReadException.class, () -> new PdfReader().read(file));
    }

    @Test
    void pdfNeedingAUserPasswordIsEncrypted() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            textPage(doc, "secret report");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            PdfMaker.save(doc, file);
        }
        ReadException e = failure(file);
        assertEquals(ErrorCode.ENCRYPTED_PDF, e.code());
        assertEquals(file, e.file());
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordOpensWithTheEmptyPassword() throws Exception {
        Path file = dir.resolve("owner-only.pdf");
        try (PDDocument doc = new PDDocument()) {
            textPage(doc, "open report");
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", noCopy);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            PdfMaker.save(doc, file);
        }
        Document read = new PdfReader().read(file);
        assertEquals("open report", ((Paragraph) read.blocks().get(0)).text());
    }

    @Test
    void pdfWithoutPagesIsCorrupt() throws IOException {
        Path file = dir.resolve("empty.pdf");
        try (PDDocument doc = new PDDocument()) {
            PdfMaker.save(doc, file);
        }
        assertEquals(ErrorCode.CORRUPT_PDF, failure(file).code());
    }

    @Test
    void truncatedPdfIsCorrupt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            textPage(doc, "a report cut short");
            doc.save(bytes);
        }
        byte[] all = bytes.toByteArray();
        Path file = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(all, all.length / 4));
        assertEquals(ErrorCode.CORRUPT_PDF, failure(file).code());
    }

    @Test
    void fileThatIsNotAPdfIsCorrupt() throws IOException {
        Path file = Files.writeString(dir.resolve("page.pdf"), "<html><body>not a pdf</body></html>",
                StandardCharsets.UTF_8);
        assertEquals(ErrorCode.CORRUPT_PDF, failure(file).code());
    }

    @Test
    void zeroByteFileIsEmpty() throws IOException {
        Path file = Files.write(dir.resolve("zero.pdf"), new byte[0]);
        assertEquals(ErrorCode.EMPTY_FILE, failure(file).code());
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = PdfMaker.addPage(doc);
            try (PDPageContentStream out = PdfMaker.open(doc, page)) {
                PdfMaker.image(doc, out);
            }
            PdfMaker.save(doc, file);
        }
        assertEquals(ErrorCode.NO_TEXT_LAYER, failure(file).code());
    }

    @Test
    void pagesWithoutTextInATextPdfAreReportedAsProblems() throws Exception {
        Path file = dir.resolve("mixed.pdf");
        try (PDDocument doc = new PDDocument()) {
            textPage(doc, "page one has text");
            PDPage page = PdfMaker.addPage(doc);
            try (PDPageContentStream out = PdfMaker.open(doc, page)) {
                PdfMaker.image(doc, out);
            }
            PdfMaker.addPage(doc); // no content stream at all
            textPage(doc, "page four has text");
            PdfMaker.save(doc, file);
        }
        Document read = new PdfReader(OcrMode.OFF, new OcrTimings()).read(file);
        assertEquals(List.of(
                new ReportError(ErrorCode.NO_TEXT_LAYER, "page 2 has no text layer (it shows 1 image(s)); OCR is off (--ocr off)"),
                new ReportError(ErrorCode.NO_TEXT_LAYER, "page 3 has no text layer")), read.problems());
        assertEquals(4, read.blocks().get(1).location().page());
    }

    @Test
    void glyphsWithoutUnicodeMappingBecomeAnExtractionWarningPerPage() throws Exception {
        Path file = dir.resolve("unmapped.pdf");
        try (PDDocument doc = new PDDocument()) {
            PdfMaker.unmappedGlyphsPage(doc, 3);
            PdfMaker.save(doc, file);
        }
        Document read = new PdfReader().read(file);
        assertEquals(1, read.findings().size());
        Finding finding = read.findings().get(0);
        assertEquals(PdfReader.UNMAPPED_RULE, finding.rule());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(Category.EXTRACTION, finding.category());
        assertTrue(finding.message().startsWith("page 1: 3 glyph"), finding.message());
    }

    @Test
    void actualTextReplacesWhatTheGlyphsMapTo() throws Exception {
        Path file = dir.resolve("actualtext.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = PdfMaker.addPage(doc);
            try (PDPageContentStream out = PdfMaker.open(doc, page)) {
                PdfMaker.textWithActualText(out, 72, 100, "X", "一");
            }
            PdfMaker.save(doc, file);
        }
        assertEquals("一", ((Paragraph) new PdfReader().read(file).blocks().get(0)).text());
    }
}
