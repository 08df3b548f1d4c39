package gongkai.read;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import gongkai.read.html.HtmlReader;
import gongkai.read.word.DocReader;
import gongkai.read.word.DocxReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The made-up report fixtures under test-fixtures/ (module root), and small lookups on read documents. */
public final class Fixtures {
    /** Every report fixture; each exists as html/NAME.html and word/NAME.docx, word/NAME.doc. */
    public static final List<String> REPORTS = List.of("qingshan_edu_2019", "qingshan_edu_2020", "baishui_gov_2022", "baishui_gov_2023");
    public static final Path ROOT = Path.of("test-fixtures");

    private Fixtures() {
    }

    public static Path html(String name) {
        return existing(ROOT.resolve("html").resolve(name + ".html"));
    }

    public static Path word(String name, String extension) {
        return existing(ROOT.resolve("word").resolve(name + "." + extension));
    }

    public static Path hard(String fileName) {
        return existing(ROOT.resolve("html").resolve("hard").resolve(fileName));
    }

    public static Path expected(String name) {
        return existing(ROOT.resolve("html").resolve(name + ".expected.json"));
    }

    public static Document read(String name, String format) throws ReadException {
        return switch (format) {
            case "html" -> new HtmlReader().read(html(name));
            case "docx" -> new DocxReader().read(word(name, "docx"));
            case "doc" -> new DocReader().read(word(name, "doc"));
            default -> throw new IllegalArgumentException(format);
        };
    }

    public static List<TableGrid> tables(Document doc) {
        return doc.blocks().stream().filter(TableGrid.class::isInstance).map(TableGrid.class::cast).toList();
    }

    public static List<String> paragraphs(Document doc) {
        return doc.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    /** The first table whose text contains the marker (e.g. "申请人情况" for table 3). */
    public static TableGrid table(Document doc, String marker) {
        return tables(doc).stream()
                .filter(t -> t.cells().stream().anyMatch(c -> c.text().contains(marker)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with " + marker + " in " + doc.sourcePath()));
    }

    public static GridCell cellWithText(TableGrid grid, String text) {
        return grid.cells().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell '" + text + "'"));
    }

    public static Stream<Block> blocks(Document doc) {
        return doc.blocks().stream();
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("missing fixture " + p.toAbsolutePath() + " (tests run from the module root)");
        }
        return p;
    }
}
