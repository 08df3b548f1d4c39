package gongkai.cli;

import gongkai.check.Validator;
import gongkai.extract.ReportExtractor;
import gongkai.format.ReportFormats;
import gongkai.model.Document;
import gongkai.model.Report;
import gongkai.model.Source;
import gongkai.read.ErrorCodes;
import gongkai.read.ReadException;
import gongkai.read.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs read → extract → check over input files and folders: exactly one report per file, sorted by
 * path; a file that cannot be read becomes a failed report and the batch goes on.
 */
public final class Pipeline {
    private static final int REPORT_ID_HEX_DIGITS = 12;
    private final Readers readers;
    private final ReportExtractor extractor;
    private final Validator validator;

    public Pipeline(String lang) {
        ReportFormats formats = ReportFormats.standard();
        this.readers = ReaderSetup.all();
        this.extractor = new ReportExtractor(formats);
        this.validator = new Validator(formats, lang);
    }

    public List<Report> run(List<Path> inputs) throws IOException {
        List<Report> reports = new ArrayList<>();
        for (Path file : files(inputs)) {
            reports.add(process(file));
        }
        return validator.checkAcrossYears(reports);
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
        String sha;
        try {
            sha = sha256(file);
        } catch (IOException | UncheckedIOException e) {
            return failed(file, file.toString(), "", ErrorCodes.UNREADABLE, "cannot read the file: " + e.getMessage());
        }
        return process(file, file.toString(), sha);
    }

    /** One file whose SHA-256 is known, shown in the outputs as {@code path} (a zip member's path differs from its copy's). */
    Report process(Path file, String path, String sha) {
        try {
            String id = sha.substring(0, REPORT_ID_HEX_DIGITS);
            Document document = readers.read(file);
            Source source = new Source(path, sha, document.format().id());
            return validator.check(extractor.extract(document, id, source));
        } catch (ReadException e) {
            return failed(file, path, sha, e.code(), e.getMessage());
        } catch (UncheckedIOException e) {
            return failed(file, path, sha, ErrorCodes.UNREADABLE, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, path, sha, "INTERNAL_ERROR", "gongkai failed on this file: " + e);
        }
    }

    /** The format of a file that could not be read, for its failed record (detected anew only then). */
    private static String formatName(Path file) {
        try {
            return Readers.detect(file).id();
        } catch (ReadException e) {
            return "";
        }
    }

    /** The failed record of a file ({@code file} null when it must not be opened: its format is then unknown). */
    static Report failed(Path file, String path, String sha, String code, String message) {
        String id = sha.length() >= REPORT_ID_HEX_DIGITS ? sha.substring(0, REPORT_ID_HEX_DIGITS) : "";
        return ReportExtractor.failed(id, new Source(path, sha, file == null ? "" : formatName(file)), code, message);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
