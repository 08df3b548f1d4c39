package gongkai.cli;

import gongkai.Gongkai;
import gongkai.read.pdf.OcrMode;
import gongkai.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs read → extract → check over input files and folders: exactly one report per file, sorted by
 * path; a file that cannot be read becomes a failed report and the batch goes on.
 */
public final class Pipeline {
    private final Gongkai gongkai;

    public Pipeline(String lang) {
        this(lang, OcrMode.AUTO);
    }

    public Pipeline(String lang, OcrMode ocr) {
        this.gongkai = Gongkai.builder().lang(Gongkai.Lang.valueOf(lang.toUpperCase(Locale.ROOT))).ocr(ocr).build();
    }

    public List<Report> run(List<Path> inputs) throws IOException {
        List<Report> reports = new ArrayList<>();
        for (Path file : files(inputs)) {
            reports.add(process(file));
        }
        return gongkai.checkAcrossYears(reports);
    }

    /** Every regular file under the inputs, sorted by path, each once. */
    static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files.stream().distinct().sorted().toList();
    }

    public Report process(Path file) {
        return gongkai.read(file);
    }

    /** A report from a stream (a zip member), shown in the outputs as {@code path}. */
    Report process(String path, java.io.InputStream in) {
        return gongkai.read(path, in);
    }
}
