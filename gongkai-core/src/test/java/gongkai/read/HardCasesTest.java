package gongkai.read;

import gongkai.model.ErrorCode;
import gongkai.read.word.DocReader;
import gongkai.read.word.DocxReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the Word readers cannot read fail with the stable code that says why. */
class HardCasesTest {
    @TempDir
    Path dir;

    private static ErrorCode code(DocumentReader reader, Path file) {
        return assertThrows(ReadException.class, () -> reader.read(file)).code();
    }

    @Test
    void reportsPasswordProtectedDocxAsEncrypted() throws Exception {
        Path file = HardCases.encryptedDocx(Fixtures.word("baishui_gov_2023", "docx"), dir.resolve("secret.docx"));
        assertEquals(ErrorCode.ENCRYPTED_DOCUMENT, code(new DocxReader(), file));
        assertEquals(ErrorCode.ENCRYPTED_DOCUMENT, code(new DocReader(), file), "also when named or typed as .doc");
    }

    @Test
    void reportsPasswordProtectedDocAsEncrypted() throws Exception {
        Path file = HardCases.encryptedDoc(Fixtures.word("baishui_gov_2023", "doc"), dir.resolve("secret.doc"));
        assertEquals(ErrorCode.ENCRYPTED_DOCUMENT, code(new DocReader(), file));
    }

    @Test
    void stopsAZipBombQuicklyAsCorrupt() throws Exception {
        Path bomb = HardCases.zipBombDocx(Fixtures.word("baishui_gov_2023", "docx"), dir.resolve("bomb.docx"), 300);
        assertTrue(Files.size(bomb) < 2_000_000, "300 MB inflated from " + Files.size(bomb) + " bytes");
        ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ReadException.class, () -> new DocxReader().read(bomb)));
        assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code());
        assertTrue(e.getMessage().contains("Zip bomb"), e.getMessage());
    }

    @Test
    void reportsADocxThatIsNoZipAsCorrupt() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.docx"), "这不是一个Word文档", StandardCharsets.UTF_8);
        assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(new DocxReader(), file));
    }

    @Test
    void reportsATruncatedDocxAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.word("baishui_gov_2023", "docx"));
        Path file = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));
        assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(new DocxReader(), file));
    }

    @Test
    void reportsATruncatedDocAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.word("baishui_gov_2023", "doc"));
        Path file = Files.write(dir.resolve("cut.doc"), Arrays.copyOf(whole, whole.length / 3));
        assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(new DocReader(), file));
    }

    @Test
    void reportsAWord97FileGivenAsDocxAsCorrupt() throws Exception {
        assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(new DocxReader(), Fixtures.word("baishui_gov_2023", "doc")));
    }

    @Test
    void reportsEmptyWordFilesAsEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        assertEquals(ErrorCode.EMPTY_FILE, code(new DocxReader(), empty));
        assertEquals(ErrorCode.EMPTY_FILE, code(new DocReader(), empty));
    }

    @Test
    void reportsDocxTablesGivenAsPictures() throws Exception {
        Document doc = new DocxReader().read(HardCases.docxWithTableImages(dir.resolve("pictures.docx")));
        assertEquals(List.of(ErrorCode.TABLE_IS_IMAGE, ErrorCode.TABLE_IS_IMAGE, ErrorCode.TABLE_IS_IMAGE),
                doc.problems().stream().map(p -> ErrorCode.valueOf(p.code())).toList());
        assertTrue(Fixtures.tables(doc).isEmpty());
    }
}
