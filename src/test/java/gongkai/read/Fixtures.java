package gongkai.read;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The made-up report fixtures under test-fixtures/ (module root), and small lookups on read documents. */
final class Fixtures {
    /** Every report fixture; each exists as html/NAME.html and word/NAME.docx, word/NAME.doc. */
    static final List<String> REPORTS = List.of("qingshan_edu_2019", "qingshan_edu_2020", "baishui_gov_2022", "baishui_gov_2023");
    static final Path ROOT = Path.of("test-fixtures");

    private Fixtures() {
    }

    static Path html(String name) {
        return existing(ROOT.resolve("html").resolve(name + ".html"));
    }

    static Path word(String name, String extension) {
        return existing(ROOT.resolve("word").resolve(name + "." + extension));
    }

    static Path hard(String fileName) {
        return existing(ROOT.resolve("html").resolve("hard").resolve(fileName));
    }

    static Path expected(String name) {
        return existing(ROOT.resolve("html").resolve(name + ".expected.json"));
    }

    static Document read(String name, String format) throws ReadException {
        return switch (format) {
            case "html" -> new HtmlReader().read(html(name));
            case "docx" -> new DocxReader().read(word(name, "docx"));
            case "doc" -> new DocReader().read(word(name, "doc"));
            default -> throw new IllegalArgumentException(format);
        };
    }

    static List<TableGrid> tables(Document doc) {
        return doc.blocks().stream().filter(TableGrid.class::isInstance).map(TableGrid.class::cast).toList();
    }

    static List<String> paragraphs(Document doc) {
        return doc.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    /** The first table whose text contains the marker (e.g. "申请人情况" for table 3). */
    static TableGrid table(Document doc, String marker) {
        return tables(doc).stream()
                .filter(t -> t.cells().stream().anyMatch(c -> c.text().contains(marker)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with " + marker + " in " + doc.sourcePath()));
    }

    static GridCell cellWithText(TableGrid grid, String text) {
        return grid.cells().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell '" + text + "'"));
    }

    static Stream<Block> blocks(Document doc) {
        return doc.blocks().stream();
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("missing fixture " + p.toAbsolutePath() + " (tests run from the module root)");
        }
        return p;
    }
}
