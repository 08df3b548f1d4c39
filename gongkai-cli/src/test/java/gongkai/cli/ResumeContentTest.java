package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.Gongkai;
import gongkai.model.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --resume keeps a record only for the same path with the same content, archive members included. */
class ResumeContentTest {
    @TempDir
    Path tmp;

    @Test
    void aZipMemberIsKeptOnlyWhileItsContentIsTheSame() throws Exception {
        Path zip = tmp.resolve("reports.zip");
        writeZip(zip, "first version");
        Input member = Input.member(zip, "a/2020.txt");
        String sha = Gongkai.sha256(new ByteArrayInputStream("first version".getBytes(StandardCharsets.UTF_8)));
        assertEquals("80d8f975e768eecac59d22a788bf8e811e51ca85e309ee47f1e821e3e58280f2", sha);
        assertEquals(sha, ZipInputs.sha256(member));
        assertTrue(ExtractRun.same(member, line(zip + "!/a/2020.txt", sha)));
        assertFalse(ExtractRun.same(member, line(zip + "!/b.txt", sha)), "another path");
        writeZip(zip, "second version");
        assertFalse(ExtractRun.same(member, line(zip + "!/a/2020.txt", sha)), "same path, other content");
    }

    @Test
    void aFileIsKeptOnlyWhileItsContentIsTheSame() throws Exception {
        Path file = tmp.resolve("r.txt");
        Files.writeString(file, "one");
        String sha = Gongkai.sha256(file);
        assertEquals("7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed", sha);
        assertTrue(ExtractRun.same(Input.file(file), line(file.toString(), sha)));
        Files.writeString(file, "two");
        assertFalse(ExtractRun.same(Input.file(file), line(file.toString(), sha)));
    }

    private static Journal.Line line(String path, String sha) {
        return new Journal.Line(path, sha, sha.substring(0, 12), Status.FAILED, List.of("NOT_A_REPORT"), 0, 0, 0,
                new long[4], null);
    }

    private static void writeZip(Path zip, String content) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a/2020.txt"));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }
}
