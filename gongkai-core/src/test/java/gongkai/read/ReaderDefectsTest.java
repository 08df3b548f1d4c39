package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.ErrorCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A reader's own exception is INTERNAL_ERROR naming the file; damage a library reports stays the file's code. */
class ReaderDefectsTest {
    private static final Path FILE = Path.of("reports", "sealed.pdf");

    @Test
    void aClassCastFromALibraryCallbackIsOurs() {
        ReadException e = ReaderDefects.classify(FILE, new ClassCastException(
                "class gongkai.read.GlyphCollector cannot be cast to class PDFMarkedContentExtractor"),
                ErrorCode.CORRUPT_PDF, "cannot read the PDF: ");
        assertEquals(ErrorCode.INTERNAL_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("gongkai failed reading sealed.pdf (a defect in gongkai"), e.getMessage());
    }

    @Test
    void anExceptionThrownInOurCodeIsOurs() {
        IllegalStateException ours = new IllegalStateException("row index past the grid");
        assertEquals(ErrorCode.INTERNAL_ERROR, ReaderDefects.classify(FILE, ours, ErrorCode.CORRUPT_PDF, "").code());
    }

    @Test
    void aLibrarysExceptionOnADamagedObjectIsTheFiles() {
        IllegalArgumentException damaged = new IllegalArgumentException("negative array size in xref stream");
        damaged.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.apache.pdfbox.pdfparser.XrefParser", "parse", "XrefParser.java", 120)});
        ReadException e = ReaderDefects.classify(FILE, damaged, ErrorCode.CORRUPT_PDF, "cannot read the PDF: ");
        assertEquals(ErrorCode.CORRUPT_PDF, e.code());
        assertEquals("cannot read the PDF: negative array size in xref stream", e.getMessage());
    }
}
