package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcePathsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"./x.pdf, x.pdf", "x.pdf, x.pdf", "a/../x.pdf, x.pdf", "./a/./b/x.pdf, a/b/x.pdf", "., .", "./, .",
        "/data/./r/x.pdf, /data/r/x.pdf", "../r/x.pdf, ../r/x.pdf"})
    void oneFileGivenTwoWaysIsOnePathString(String given, String normal) {
        assertEquals(normal, SourcePaths.normalize(Path.of(given)).toString());
    }
}
