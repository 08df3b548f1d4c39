package gongkai.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seeded mutation fuzzer over every reader: a real fixture of each format is mutated (bits flipped, bytes
 * inserted, deleted and duplicated, hostile tokens spliced in; a DOCX inside its document.xml) and run
 * through the whole pipeline. Every mutant must get its record, never INTERNAL_ERROR, within
 * {@link TimedRun#MAX_CPU} of CPU. (Jazzer's JUnit integration resolves from Maven Central, but under plain
 * {@code mvn test} it only replays stored inputs; this mutator fuzzes on every run, within a fixed budget.)
 * Budget: {@code -Dgongkai.fuzz.seconds} per reader (default 6, so ~30 s in CI); seeds are fixed, so a
 * failure names the seed and mutant to replay, and the mutant is kept in target/fuzz-failures/.
 */
class ReaderFuzzTest {
    private static final long SEED = 20261201L;
    private static final long SECONDS = Long.getLong("gongkai.fuzz.seconds", 6);
    private static final int MAX_MUTANTS = 400;
    private static final String[] TOKENS = {"\t", "\n", "<td colspan=\"999\" rowspan=\"999\">", "</table>", "<table>",
        "<w:gridSpan w:val=\"99999\"/>", "<w:vMerge/>", "<w:p/>", "9999999999999999999999999", "/", "—", "（一）",
        "三、收到和处理政府信息公开申请情况", "\u2028", "\uFFFD", "0 0 m 500 500 l S ", "BT ET ", "%PDF-", "=cmd|' /C calc'!A0"};
    private static final Pipeline PIPELINE = new Pipeline("zh");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test-fixtures/text/sample_bureau_2022_v2021.txt", "test-fixtures/html/baishui_gov_2023.html",
        "test-fixtures/word/baishui_gov_2023.docx", "test-fixtures/word/baishui_gov_2023.doc",
        "test-fixtures/pdf/v2021_libreoffice.pdf"})
    void mutantsOfAReportAllGetARecordWithoutInternalError(String seedFile) throws IOException {
        Path seed = Path.of(seedFile);
        byte[] original = Files.readAllBytes(seed);
        boolean docx = seedFile.endsWith(".docx");
        Random random = new Random(SEED ^ seedFile.hashCode());
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<String> failures = new ArrayList<>();
        int mutants = 0;
        while (System.nanoTime() < deadline && mutants < MAX_MUTANTS) {
            byte[] mutant = docx ? mutateDocx(original, random) : mutate(original, random);
            Path file = tmp.resolve("mutant-" + mutants + extension(seedFile));
            Files.write(file, mutant);
            Report[] report = new Report[1];
            long millis = TimedRun.cpuMillis(() -> report[0] = PIPELINE.process(file));
            boolean internal = report[0].errors().stream().anyMatch(e -> e.code().equals("INTERNAL_ERROR"));
            if (internal || millis > TimedRun.MAX_CPU.toMillis()) {
                failures.add("mutant " + mutants + " (" + millis + " ms CPU): " + report[0].errors() + " kept as "
                        + keep(file));
            }
            mutants++;
        }
        assertEquals(List.of(), failures, seedFile + ": " + failures.size() + " of " + mutants + " mutants failed");
    }

    /** One to four random edits of the bytes. */
    static byte[] mutate(byte[] bytes, Random random) {
        byte[] out = bytes;
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            out = edit(out, random);
        }
        return out;
    }

    private static byte[] edit(byte[] b, Random random) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        return switch (random.nextInt(6)) {
            case 0 -> flipBit(b, at, random.nextInt(8));
            case 1 -> splice(b, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case 2 -> splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
            case 3 -> splice(b, at, at, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + random.nextInt(256))));
            case 4 -> java.util.Arrays.copyOf(b, at); // truncated
            default -> splice(b, at, at, repeat((byte) ('0' + random.nextInt(10)), 1 + random.nextInt(2000)));
        };
    }

    private static byte[] flipBit(byte[] b, int at, int bit) {
        byte[] out = b.clone();
        if (out.length > 0) {
            out[at] ^= (byte) (1 << bit);
        }
        return out;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static byte[] repeat(byte value, int n) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** The DOCX with its document.xml mutated (a byte-level edit of the zip would only test the zip reader). */
    static byte[] mutateDocx(byte[] docx, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("word/document.xml") ? mutate(content, random) : content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.'));
    }

    private static Path keep(Path mutant) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        return Files.copy(mutant, dir.resolve(mutant.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
