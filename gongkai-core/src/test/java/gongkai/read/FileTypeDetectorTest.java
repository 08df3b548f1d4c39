package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FileTypeDetectorTest {
    @TempDir
    Path dir;

    static java.util.List<String> reports() {
        return Fixtures.REPORTS;
    }

    @ParameterizedTest
    @MethodSource("reports")
    void recognisesTheFixturesByContent(String name) throws Exception {
        assertEquals(SourceFormat.HTML, FileTypeDetector.detect(Fixtures.html(name)));
        assertEquals(SourceFormat.DOCX, FileTypeDetector.detect(Fixtures.word(name, "docx")));
        assertEquals(SourceFormat.DOC, FileTypeDetector.detect(Fixtures.word(name, "doc")));
    }

    @Test
    void ignoresMisleadingExtensions() throws Exception {
        Path docxNamedPdf = Files.copy(Fixtures.word("baishui_gov_2023", "docx"), dir.resolve("report.pdf"));
        Path htmlNamedDoc = Files.copy(Fixtures.html("baishui_gov_2022"), dir.resolve("report.doc"));
        assertEquals(SourceFormat.DOCX, FileTypeDetector.detect(docxNamedPdf));
        assertEquals(SourceFormat.HTML, FileTypeDetector.detect(htmlNamedDoc));
    }

    @Test
    void recognisesPdfEvenAfterLeadingJunk() throws Exception {
        assertEquals(SourceFormat.PDF, FileTypeDetector.detect(write("a.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")));
        assertEquals(SourceFormat.PDF, FileTypeDetector.detect(write("b.bin", "\r\n\r\n%PDF-1.4\n")));
    }

    @Test
    void recognisesTextInUtf8AndGbk() throws Exception {
        String report = "某局2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n";
        assertEquals(SourceFormat.TXT, FileTypeDetector.detect(write("u.txt", report)));
        Path gbk = Files.write(dir.resolve("g.txt"), report.getBytes(Charset.forName("GBK")));
        assertEquals(SourceFormat.TXT, FileTypeDetector.detect(gbk));
    }

    @Test
    void recognisesHtmlWithoutDoctype() throws Exception {
        assertEquals(SourceFormat.HTML, FileTypeDetector.detect(write("p.txt", "\n  <html><body><p>一、总体情况</p></body></html>")));
        assertEquals(SourceFormat.HTML, FileTypeDetector.detect(write("q", "\uFEFF<table><tr><td>1</td></tr></table>")));
    }

    @Test
    void takesTextThatMentionsTagsForText() throws Exception {
        assertEquals(SourceFormat.TXT, FileTypeDetector.detect(write("README.md", "# 说明\n表格用 `<table border=\"1\">` 写成。\n")));
    }

    @Test
    void recognisesUtf8TextWhoseHeadEndsInsideACharacter() throws Exception {
        // 8191 ASCII bytes, then a three-byte character: the sniffed 8 KiB end inside it.
        assertEquals(SourceFormat.TXT, FileTypeDetector.detect(write("long.txt", "a".repeat(8191) + "年度报告".repeat(50))));
    }

    @Test
    void rejectsEmptyFiles() throws Exception {
        assertEquals(ErrorCode.EMPTY_FILE, code(write("empty.pdf", "")));
        assertEquals(ErrorCode.EMPTY_FILE, code(write("blank.txt", " \n\n ")));
    }

    @Test
    void rejectsZipsThatAreNotWordDocuments() throws Exception {
        Path zip = dir.resolve("sheet.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(ErrorCode.UNSUPPORTED_TYPE, code(zip));
    }

    @Test
    void rejectsBinaryFilesThatAreNoReport() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertEquals(ErrorCode.UNSUPPORTED_TYPE, code(Files.write(dir.resolve("t3.png"), png)));
    }

    @Test
    void typesAnEncryptedDocxAsDocxSoThatItsReaderReportsTheEncryption() throws Exception {
        Path file = HardCases.encryptedDocx(Fixtures.word("baishui_gov_2023", "docx"), dir.resolve("secret.docx"));
        assertEquals(SourceFormat.DOCX, FileTypeDetector.detect(file));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static ErrorCode code(Path file) {
        return assertThrows(ReadException.class, () -> FileTypeDetector.detect(file)).code();
    }
}
