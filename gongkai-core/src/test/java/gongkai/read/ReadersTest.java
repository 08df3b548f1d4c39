package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import gongkai.read.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One failure path: a failed read carries the code and, once the type was recognised, the detected format. */
class ReadersTest {
    @TempDir
    Path dir;

    @Test
    void aReaderFailureCarriesTheDetectedFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("report.doc"), "%PDF-1.7\nnot really a PDF");
        ReadException e = assertThrows(ReadException.class,
                () -> new Readers().with(SourceFormat.PDF, new PdfReader()).read(file));
        assertEquals(ErrorCode.CORRUPT_PDF, e.code());
        assertEquals(SourceFormat.PDF, e.format());
    }

    @Test
    void aFormatWithoutAReaderIsUnsupportedButKnown() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "一、总体情况\n");
        ReadException e = assertThrows(ReadException.class, () -> new Readers().read(file));
        assertEquals(ErrorCode.UNSUPPORTED_TYPE, e.code());
        assertEquals(SourceFormat.TXT, e.format());
    }

    @Test
    void aTypeNotRecognisedHasNoFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("data.json"), "{\"a\": 1}");
        ReadException e = assertThrows(ReadException.class, () -> new Readers().read(file));
        assertEquals(ErrorCode.UNSUPPORTED_TYPE, e.code());
        assertNull(e.format());
    }

    @Test
    void aReadersDefectBecomesAnInternalErrorOfThatFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "一、总体情况\n");
        ReadException e = assertThrows(ReadException.class, () -> new Readers()
                .with(SourceFormat.TXT, f -> {
                    throw new IllegalStateException("a bug");
                }).read(file));
        assertEquals(ErrorCode.INTERNAL_ERROR, e.code());
        assertEquals(SourceFormat.TXT, e.format());
        assertTrue(e.getMessage().endsWith("java.lang.IllegalStateException: a bug"), e.getMessage());
    }
}
