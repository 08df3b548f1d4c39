package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stages apart by scanning imports (static ones too): library types (PDFBox, POI, Tika, jsoup)
 * only in {@code read}, with two named exceptions on the writing side (jsoup builds the audit site's DOM in
 * {@code write/html}, POI writes the audit workbook in {@code write/xlsx}); data flowing one way — a stage
 * imports no later stage ({@code read} may use the ground floor {@code text}; {@code write} takes each table's
 * layout from the report's tables and reads {@code format} only for labels and drawings); the wings apart (see {@link #wingsImportTheirSeamOnly}).
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("gongkai-core", "src", "main", "java", "gongkai");
    private static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.poi", "org.apache.tika",
            "org.apache.xmlbeans", "org.openxmlformats", "org.jsoup");
    /** The one library a writer package may use besides {@code read}: only to write its own file format. */
    private static final Map<Path, String> WRITER_LIBRARIES = Map.of(
            MAIN.resolve("write").resolve("html"), "import org.jsoup.",
            MAIN.resolve("write").resolve("xlsx"), "import org.apache.poi.");
    /** What each stage may not import: the stages after it. */
    private static final Map<String, List<String>> LATER = Map.of(
            "model", List.of("read", "text", "format", "extract", "check", "write", "cli"),
            "read", List.of("format", "extract", "check", "write", "cli"),
            "text", List.of("read", "format", "extract", "check", "write", "cli"),
            "format", List.of("read", "extract", "check", "write", "cli"),
            "extract", List.of("read", "check", "write", "cli"),
            "check", List.of("read", "extract", "write", "cli"),
            // write reads the format data to label and draw (codebook, audit site) — never to infer a layout, which
            // comes from Report.tables
            "write", List.of("read", "extract", "check", "cli"));

    @Test
    void libraryTypesStayInsideTheReadPackage() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (file.startsWith(MAIN.resolve("read"))) {
                continue;
            }
            String allowed = WRITER_LIBRARIES.getOrDefault(file.getParent(), "none");
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import") && LIBRARIES.stream().anyMatch(l -> line.contains(" " + l + "."))
                        && !line.startsWith(allowed)) {
                    offenders.add(file + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void noStageImportsALaterStage() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String stage = MAIN.relativize(file).getName(0).toString();
            for (String line : Files.readAllLines(file)) {
                for (String later : LATER.getOrDefault(stage, List.of())) {
                    if (line.replace("import static ", "import ").startsWith("import gongkai." + later + ".")) {
                        offenders.add(file + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /**
     * The wings: a reader's package (read.pdf, read.html, read.word, read.text) imports the seam
     * ({@code gongkai.read}) and no other reader; the seam imports no reader; {@code extract.flat} does
     * not import the rest of {@code extract}.
     */
    @Test
    void wingsImportTheirSeamOnly() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = "gongkai." + MAIN.relativize(file.getParent()).toString().replace('/', '.');
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("import gongkai.")) {
                    continue;
                }
                String imported = packageOf(line.substring("import ".length()));
                boolean readerToReader = imported.startsWith("gongkai.read.") && !imported.equals(pkg)
                        && pkg.startsWith("gongkai.read");
                boolean flatToExtract = pkg.equals("gongkai.extract.flat") && imported.equals("gongkai.extract");
                if (readerToReader || flatToExtract) {
                    offenders.add(file + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** The package of an imported name: its segments up to the first type name (capitalised). */
    private static String packageOf(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("\\.")) {
            if (Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
