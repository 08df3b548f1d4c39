package gongkai.support;

import gongkai.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One {@code extract} run over the seed, the shared corpus (with its archive) and the project's fixtures,
 * with {@code --sqlite}, made once per test JVM for the tests that check the output files as a whole.
 */
public final class ExtractedCorpus {
    private static Path folder;

    private ExtractedCorpus() {
    }

    /** The output folder (its {@code panel.db} is the SQLite database). */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path out = Files.createTempDirectory("gk-extracted-");
                int exit = Main.commandLine().execute("extract", "corpus", Gold.SHARED_CORPUS.toString(), "test-fixtures",
                        "--out", out.toString(), "--sqlite", out.resolve("panel.db").toString());
                if (exit != 0) {
                    throw new IllegalStateException("extract exited " + exit);
                }
                folder = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
