package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Document;
import gongkai.model.Finding;
import gongkai.read.text.TextReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text with a few bad bytes is read with replacement characters and a finding, not refused. */
class TolerantDecodingTest {
    private static final String TEXT = "某局2023年政府信息公开工作年度报告\n一、总体情况\n本年新收政府信息公开申请数量\t12\n".repeat(20);

    @TempDir
    Path dir;

    private static byte[] withFlippedLeadByte(byte[] utf8) {
        byte[] out = utf8.clone();
        int at = 0;
        while ((out[at] & 0xF0) != 0xE0) {
            at++;
        }
        out[at] ^= 0x20; // 0xE6 → 0xC6: a two-byte lead followed by two continuation bytes
        return out;
    }

    @Test
    void oneFlippedBitLeavesTheTextUtf8() {
        byte[] flipped = withFlippedLeadByte(TEXT.getBytes(StandardCharsets.UTF_8));
        assertFalse(Charsets.isUtf8(flipped));
        assertTrue(Charsets.isMostlyUtf8(flipped));
        assertEquals(StandardCharsets.UTF_8, Charsets.detect(flipped));
    }

    @Test
    void gbkTextIsNotMistakenForUtf8WithBadBytes() {
        assertFalse(Charsets.isMostlyUtf8(TEXT.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void decodingCountsTheReplacedBytesAndWhereTheFirstIs() {
        Charsets.Decoded decoded = Charsets.decodeCounting(new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xFE, 'c'},
                StandardCharsets.UTF_8);
        assertEquals("a\uFFFDb\uFFFDc", decoded.text());
        assertEquals(2, decoded.badBytes());
        assertEquals(1, decoded.firstBad());
    }

    @Test
    void aTextReportWithAFlippedBitIsReadWithABadBytesFinding() throws IOException, ReadException {
        Path file = Files.write(dir.resolve("flipped.txt"), withFlippedLeadByte(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(gongkai.model.SourceFormat.TXT, Readers.detect(file));
        Document doc = new TextReader().read(file);
        Finding finding = doc.findings().get(0);
        assertEquals(TextReader.BAD_BYTES_RULE, finding.rule());
        assertEquals(Category.EXTRACTION, finding.category());
        assertTrue(finding.message().startsWith("1 byte(s) not valid UTF-8, the first at byte offset 2"), finding.message());
    }

    @Test
    void aCleanTextReportHasNoFinding() throws IOException, ReadException {
        Path file = Files.writeString(dir.resolve("clean.txt"), TEXT);
        assertEquals(0, new TextReader().read(file).findings().size());
    }
}
