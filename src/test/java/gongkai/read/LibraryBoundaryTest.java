package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** PDFBox, POI, Tika and jsoup are adapted inside gongkai.read only (spec/style.md, point 2). */
class LibraryBoundaryTest {
    private static final Pattern LIBRARY_IMPORT = Pattern.compile(
            "(?m)^import\\s+(static\\s+)?(org\\.apache\\.(pdfbox|poi|tika|xmlbeans)|org\\.jsoup|org\\.openxmlformats)\\.");

    @Test
    void noLibraryTypeOutsideTheReadPackage() throws IOException {
        Path main = Path.of("src/main/java");
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
            return LIBRARY_IMPORT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
