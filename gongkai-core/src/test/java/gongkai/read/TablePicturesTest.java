package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.Gongkai;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.Recognition;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Status;
import gongkai.model.TableGrid;
import gongkai.read.html.HtmlReader;
import gongkai.read.pdf.OcrMode;
import gongkai.read.pdf.OcrTimings;
import gongkai.read.pdf.PictureOcr;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables published as pictures in a web page (test-fixtures/pictures; the OCR itself is checked in
 * PictureFixtureTest): without OCR they stay TABLE_IS_IMAGE and say how to have them read; a picture that cannot
 * be had offline, is broken, too large or too small is a TABLE_IS_IMAGE problem saying why, never a failure; a
 * picture's table takes the picture's place. None of these needs Tesseract (a stand-in reader where OCR would run).
 */
class TablePicturesTest {
    private static final Path PAGE = Path.of("test-fixtures", "pictures", "v2021_libreoffice.html");
    /** Reads no picture: the checks before OCR must have stopped it. */
    private static final PictureReader NEVER = reader(null);

    @TempDir
    Path dir;

    @Test
    void withOcrOffEveryTablePictureIsTableIsImageWithTheHint() {
        Report report = Gongkai.builder().ocr(OcrMode.OFF).build().read(PAGE);
        assertEquals(Status.PARTIAL, report.status());
        assertEquals(List.of("TABLE_IS_IMAGE", "TABLE_IS_IMAGE", "TABLE_IS_IMAGE", "TABLE_NOT_FOUND", "TABLE_NOT_FOUND",
                "TABLE_NOT_FOUND"), report.errors().stream().map(ReportError::code).toList());
        assertEquals("part 三、 has no table but 1 image(s), first: 表3 (line 15): OCR is off (--ocr off); with "
                + "--ocr auto and Tesseract 5 installed the picture is read by OCR", report.errors().get(1).message());
        assertEquals(List.of(), report.cells());
    }

    @Test
    void theReaderOfPicturesIsOffWhenAskedSo() throws Exception {
        Document doc = new HtmlReader(ReadLimits.DEFAULT, new PictureOcr(OcrMode.OFF, OcrTimings.TOTAL,
                ReadLimits.DEFAULT)).read(PAGE);
        assertEquals(3, doc.problems().size());
        assertTrue(doc.problems().stream().allMatch(p -> p.message().contains("OCR is off (--ocr off)")));
        assertEquals(List.of(), doc.findings());
    }

    @Test
    void aPictureOnTheWebIsNeverFetched() throws Exception {
        assertEquals("part 三、 has no table but 1 image(s), first: https://www.example.gov.cn/t3.png (line 1): not read: "
                + "a picture on the web (https://www.example.gov.cn/t3.png) is never fetched: gongkai reads offline; save "
                + "the page with its pictures (a NAME_files folder beside it) to have it read",
                problem(page("https://www.example.gov.cn/t3.png")));
        assertTrue(problem(page("/uploads/t3.png")).contains("never fetched"));
    }

    @Test
    void aBrokenPictureIsAProblemNotAFailure() throws Exception {
        byte[] png = png(400, 200);
        write("p_files/t3.png", Arrays.copyOf(png, png.length / 2));
        assertTrue(problem(page("p_files/t3.png")).contains("not read: a broken picture: "), problem(page("p_files/t3.png")));
        write("p_files/t3.png", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(problem(page("p_files/t3.png")).endsWith("not read: not a picture format gongkai decodes (PNG, JPEG, "
                + "GIF, BMP, TIFF)"));
    }

    @Test
    void aPictureDeclaringAHugeSizeIsRefusedBeforeDecoding() throws Exception {
        write("p_files/t3.png", pngHeader(100_000, 100_000));
        assertTrue(problem(page("p_files/t3.png")).endsWith("not read: the picture is 100000×100000 pixels, past the cap "
                + "of 25000000 pixels (20000 a side): not decoded"));
    }

    @Test
    void aTinyPictureIsNoTableAndIsNotRead() throws Exception {
        write("p_files/seal.png", png(120, 120));
        assertTrue(problem(page("p_files/seal.png")).endsWith("not read: the picture is 120×120 pixels, too small to hold "
                + "a table (a logo or seal): not read by OCR"));
    }

    @Test
    void missingFilesAndBadDataUrisAreNamed() throws Exception {
        assertTrue(problem(page("p_files/none.png")).endsWith("not read: the picture file p_files/none.png is not beside "
                + "the page"));
        assertTrue(problem(page("data:image/png;base64,QQ=Q")).contains("not read: a data: URI whose base64 is broken"));
        assertTrue(problem(page("data:text/plain,hello")).endsWith("not read: a data: URI that is no base64 picture"));
    }

    @Test
    void aPictureWithoutATableKeepsTableIsImageWithTheReason() throws Exception {
        write("p_files/t3.png", png(400, 200));
        Document doc = new HtmlReader(ReadLimits.DEFAULT, reader(List.of())).read(page("p_files/t3.png"));
        assertTrue(doc.problems().get(0).message().endsWith(": OCR found no ruled table in it"));
    }

    @Test
    void aPicturesTableTakesThePicturesPlace() throws Exception {
        String png = Base64.getEncoder().encodeToString(png(400, 200));
        GridCell cell = GridCell.single(0, 0, "637", null);
        Document doc = new HtmlReader(ReadLimits.DEFAULT, reader(List.of(new TableGrid(List.of(cell), 1, 1, null))))
                .read(page("data:image/png;base64," + png));
        assertEquals(List.of(), doc.problems());
        List<String> order = doc.blocks().stream().map(b -> b instanceof Paragraph p ? p.text() : "grid").toList();
        assertEquals(List.of("某县2023年政府信息公开工作年度报告", "一、总体情况", "三、收到和处理政府信息公开申请情况", "grid",
                "五、存在的主要问题及改进情况"), order);
        assertInstanceOf(TableGrid.class, doc.blocks().get(3));
        assertEquals(Recognition.PAGE_RULE, doc.findings().get(0).rule());
        assertEquals("picture data:image/png;base64 (" + (png.length() + 22) + " characters) (line 1) read by OCR: "
                + "1 table(s) (stand-in)", doc.findings().get(0).message());
    }

    private String problem(Path page) throws ReadException {
        List<ReportError> problems = new HtmlReader(ReadLimits.DEFAULT, NEVER).read(page).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ErrorCode.TABLE_IS_IMAGE.name(), problems.get(0).code());
        return problems.get(0).message();
    }

    /** A report page whose part 三 is the picture {@code src}. */
    private Path page(String src) throws IOException {
        return Files.writeString(dir.resolve("p.html"), "<h1>某县2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
                + "<p>三、收到和处理政府信息公开申请情况</p><p><img src=\"" + src + "\"></p><p>五、存在的主要问题及改进情况</p>");
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.write(dir.resolve(name), bytes);
    }

    /** A stand-in OCR: the given tables for every picture; none given: fails the test if asked to read. */
    private static PictureReader reader(List<TableGrid> tables) {
        return new PictureReader() {
            @Override
            public String unavailable() {
                return null;
            }

            @Override
            public Result read(BufferedImage grey, gongkai.model.Location at) {
                if (tables == null) {
                    throw new AssertionError("the picture should not have reached OCR");
                }
                return new Result(tables, "stand-in");
            }
        };
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", bytes);
        return bytes.toByteArray();
    }

    /** A PNG that is only its signature and a header declaring the size (no pixels). */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put(new byte[] {8, 0, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
