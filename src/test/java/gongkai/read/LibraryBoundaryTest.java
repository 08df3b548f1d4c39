package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDFBox, POI, Tika and jsoup are adapted inside gongkai.read only (spec/style.md, point 2), except the one
 * library each audit writer writes its format with: jsoup in write/html, POI in write/xlsx.
 */
class LibraryBoundaryTest {
    private static final Pattern LIBRARY_IMPORT = Pattern.compile(
            "(?m)^import\\s+(static\\s+)?(org\\.apache\\.(pdfbox|poi|tika|xmlbeans)|org\\.jsoup|org\\.openxmlformats)\\.");

    private static final Path MAIN = Path.of("src/main/java");
    private static final Map<Path, String> WRITER_LIBRARY = Map.of(
            MAIN.resolve("gongkai/write/html"), "org.jsoup.", MAIN.resolve("gongkai/write/xlsx"), "org.apache.poi.");

    @Test
    void noLibraryTypeOutsideTheReadPackage() throws IOException {
        Path main = MAIN;
        Path read = main.resolve("gongkai/read");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(read))
                    .filter(LibraryBoundaryTest::importsALibrary)
                    .map(Path::toString).sorted().toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean importsALibrary(Path file) {
        try {
            String allowed = WRITER_LIBRARY.get(file.getParent());
            Matcher imports = LIBRARY_IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String imported = imports.group().replaceFirst("^import\\s+(static\\s+)?", "");
                if (allowed == null || !imported.startsWith(allowed)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
