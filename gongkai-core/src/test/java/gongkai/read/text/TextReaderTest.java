package gongkai.read.text;

import gongkai.model.ErrorCode;
import gongkai.read.ReadException;
import gongkai.read.Readers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gongkai.model.Document;
import gongkai.model.Paragraph;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir
    Path tmp;

    private Document read(byte[] bytes) throws Exception {
        Path file = Files.write(tmp.resolve("r.txt"), bytes);
        return new TextReader().read(file);
    }

    @Test
    void decodesGbkWithoutAnyMarker() throws Exception {
        Document doc = read("一、总体情况\n本机关不掌握相关政府信息".getBytes(Charset.forName("GBK")));
        assertEquals("一、总体情况", ((Paragraph) doc.blocks().get(0)).text());
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] text = "一、总体情况".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("一、总体情况", ((Paragraph) read(withBom).blocks().get(0)).text());
    }

    @Test
    void makesOneGridOfTabbedLinesAcrossBlankLines() throws Exception {
        Document doc = read("前言\n规章\t0\t1\n\n行政许可\t1\t+2\t0\n后记\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, doc.blocks().size());
        TableGrid grid = assertInstanceOf(TableGrid.class, doc.blocks().get(1));
        assertEquals(2, grid.rowCount());
        assertEquals(4, grid.colCount());
        assertEquals("+2", grid.rows().get(1).get(2).text());
        assertEquals(4, grid.rows().get(1).get(0).location().line());
    }

    @Test
    void refusesAFileWithOnlyWhitespace() throws Exception {
        ReadException e = assertThrows(ReadException.class, () -> read(" \n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ErrorCode.EMPTY_FILE, e.code());
    }

    @Test
    void recognisesLongUtf8TextWhoseHeadEndsInsideACharacter() throws Exception {
        Path file = Files.writeString(tmp.resolve("long.txt"), "政".repeat(5000), StandardCharsets.UTF_8);
        assertEquals(SourceFormat.TXT, Readers.detect(file));
    }

    @Test
    void refusesJsonDataBesideReports() throws Exception {
        Path file = Files.writeString(tmp.resolve("r.expected.json"), "{\n \"cells\": {\"二、主动公开政府信息情况\": 1}}");
        ReadException e = assertThrows(ReadException.class, () -> Readers.detect(file));
        assertEquals(ErrorCode.UNSUPPORTED_TYPE, e.code());
    }

    @Test
    void recognisesMarkupAndMagicNumbers() throws Exception {
        assertEquals(SourceFormat.HTML, Readers.detect(Files.writeString(tmp.resolve("a"), "<!DOCTYPE html><html></html>")));
        assertEquals(SourceFormat.PDF, Readers.detect(Files.writeString(tmp.resolve("b"), "%PDF-1.7\n")));
    }
}
