package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.ErrorCode;
import gongkai.model.Report;
import gongkai.model.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library entry point, and the example in docs/library.md compiled and run as a user would. */
class LibraryExampleTest {
    private static final Path SEED = Path.of("corpus", "000_be5ac688f3236744.txt");
    private static final Gongkai GONGKAI = Gongkai.standard();

    @Test
    void readsAFileIntoAReport() {
        Report report = GONGKAI.read(SEED);
        assertEquals(Status.OK, report.status());
        assertEquals("阿勒泰地区教育局", report.agency());
        assertEquals(2020, report.year());
        assertEquals(198, report.cells().size());
    }

    @Test
    void readsAStreamUnderTheGivenName() throws IOException {
        try (InputStream in = Files.newInputStream(SEED)) {
            Report report = GONGKAI.read("archive/seed.txt", in);
            assertEquals("archive/seed.txt", report.source().path());
            assertEquals(GONGKAI.read(SEED).cells(), report.cells());
            assertEquals(GONGKAI.read(SEED).reportId(), report.reportId());
        }
    }

    @Test
    void aBadDocumentIsAFailedReportNotAnException() {
        Report report = GONGKAI.read("empty.pdf", new ByteArrayInputStream(new byte[0]));
        assertEquals(Status.FAILED, report.status());
        assertEquals(ErrorCode.EMPTY_FILE.name(), report.errors().get(0).code());
        Report missing = GONGKAI.read(Path.of("no", "such", "file.pdf"));
        assertEquals(Status.FAILED, missing.status());
        assertEquals(ErrorCode.UNREADABLE.name(), missing.errors().get(0).code());
    }

    @Test
    void theDocumentedExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Path.of("docs", "library.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(block.find(), "docs/library.md has a java example");
        Path source = dir.resolve("LibraryExample.java");
        Files.writeString(source, block.group(1));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), source.toString());
        assertEquals(0, rc, "the example compiles");
        String out = run(dir, SEED.toString());
        assertTrue(out.startsWith("阿勒泰地区教育局 2020 v2019 OK"), out);
        assertTrue(out.contains("t3.new_received.total = "), out);
        assertTrue(out.contains("bucket/reports/000_be5ac688f3236744.txt 198 cells"), out);
        assertTrue(out.contains("1 report(s) checked across years"), out);
    }

    private static String run(Path classes, String arg) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LibraryExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("LibraryExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {arg});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReadPastTheTimeLimitIsATimeoutReport() {
        Gongkai hasty = Gongkai.builder().timeout(java.time.Duration.ofMillis(1)).build();
        InputStream endless = new InputStream() {
            @Override
            public int read() throws java.io.InterruptedIOException {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("abandoned"); // the abandoned worker stops writing
                }
                return 'x';
            }
        };
        Report report = hasty.read("endless.txt", endless);
        assertEquals(Status.FAILED, report.status());
        assertEquals(ErrorCode.TIMEOUT.name(), report.errors().get(0).code());
        assertEquals("endless.txt", report.source().path());
    }

    @Test
    void checksAcrossYearsOverACollection() {
        List<Report> checked = GONGKAI.checkAcrossYears(List.of(GONGKAI.read(SEED)));
        assertEquals(1, checked.size());
    }
}
