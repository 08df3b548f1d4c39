package gongkai.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile inputs too large to commit, built on demand: each stands for a case of the fuzzing campaign
 * (issue 11) that once ran for minutes or exhausted the heap. The small ones are committed in
 * test-fixtures/hostile/ (tools/make-hostile-fixtures.py).
 */
final class HostileInputs {
    static final String HEADING_2 = "二、主动公开政府信息情况\n";
    static final String HEADING_3 = "三、收到和处理政府信息公开申请情况\n";

    private HostileInputs() {
    }

    /** A table-2 heading and one line of {@code digits} glued digits (26 s at 100 KB, > 120 s at 1 MB before the fix). */
    static Path digitLine(Path dir, int digits) throws IOException {
        return Files.writeString(dir.resolve("digit_line_" + digits + ".txt"), HEADING_2 + "1".repeat(digits) + "\n");
    }

    /** A table-3 row whose value cell holds {@code digits} digits (24 s for 10^6 before the fix). */
    static Path hugeCell(Path dir, int digits) throws IOException {
        return Files.writeString(dir.resolve("huge_cell_" + digits + ".txt"),
                HEADING_3 + "本年新收政府信息公开申请数量\t" + "7".repeat(digits) + "\n");
    }

    /** A heading and {@code lines} short lines (time was quadratic in lines: 55 s for 400k). */
    static Path manyLines(Path dir, int lines) throws IOException {
        return Files.writeString(dir.resolve("lines_" + lines + ".txt"),
                "一、总体情况\n" + "二、主动公开政府信息情况\n" + "本机关公开文件。\n".repeat(lines));
    }

    /** A text report's first line followed by a sparse hole: {@code bytes} long without costing disk. */
    static Path sparseText(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("sparse_" + bytes + ".txt");
        Files.writeString(file, "某局2023年政府信息公开工作年度报告\n" + "一、总体情况\n".repeat(1000));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return file;
    }

    /** A DOCX of {@code paragraphs} numbered paragraphs: compresses like text, so POI's zip-bomb ratio passes. */
    static Path manyParagraphs(Path dir, int paragraphs) throws IOException {
        Path file = dir.resolve("paragraphs_" + paragraphs + ".docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application"
                    + "/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application"
                    + "/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < paragraphs; i++) {
                chunk.append("<w:p><w:r><w:t>").append(Integer.toHexString(i))
                        .append("</w:t></w:r></w:p>");
                if (chunk.length() > 1 << 16) {
                    zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    chunk.setLength(0);
                }
            }
            zip.write((chunk + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
