package gongkai;

import gongkai.check.Validator;
import gongkai.extract.ReportExtractor;
import gongkai.format.ReportFormats;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.Report;
import gongkai.model.Source;
import gongkai.model.SourceFormat;
import gongkai.read.ReadException;
import gongkai.read.ReadLimits;
import gongkai.read.Readers;
import gongkai.read.html.HtmlReader;
import gongkai.read.html.MarkdownBlocks;
import gongkai.read.pdf.OcrMode;
import gongkai.read.pdf.OcrTimings;
import gongkai.read.pdf.PdfReader;
import gongkai.read.pdf.PictureOcr;
import gongkai.read.text.TextReader;
import gongkai.read.word.DocReader;
import gongkai.read.word.DocxReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * gongkai as a library: reads one disclosure report (PDF, HTML, DOC, DOCX, text) into a {@link Report} —
 * its sections, canonical cells and findings — and checks reports of one agency across years.
 *
 * <p>Build one instance and share it: it is thread-safe, and reading never throws for a bad document (a
 * report with status {@code failed} and an error code says why instead).
 *
 * <pre>{@code
 * Gongkai gongkai = Gongkai.builder().lang(Gongkai.Lang.EN).build();
 * Report report = gongkai.read(Path.of("report.pdf"));
 * report.cells().forEach(c -> System.out.println(c.id() + " = " + c.value()));
 * }</pre>
 */
public final class Gongkai {
    private static final int REPORT_ID_HEX_DIGITS = 12;
    private final Readers readers;
    private final ReportExtractor extractor;
    private final Validator validator;
    private final ReadGuard guard;

    /** The language of findings' messages. */
    public enum Lang {
        ZH, EN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Gongkai(Builder builder) {
        ReadLimits limits = builder.readLimits;
        PictureOcr pictures = new PictureOcr(builder.ocr, OcrTimings.TOTAL, limits);
        this.readers = new Readers()
                .with(SourceFormat.TXT, new TextReader(limits, new MarkdownBlocks()))
                .with(SourceFormat.PDF, new PdfReader(builder.ocr, OcrTimings.TOTAL, limits))
                .with(SourceFormat.HTML, new HtmlReader(limits, pictures))
                .with(SourceFormat.DOCX, new DocxReader(limits, pictures))
                .with(SourceFormat.DOC, new DocReader(limits, pictures));
        this.extractor = new ReportExtractor(builder.formats);
        this.validator = new Validator(builder.formats, builder.lang.id());
        this.guard = builder.guard;
    }

    /** A library with the statutory formats and Chinese messages. */
    public static Gongkai standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads, extracts and checks one file; a file that cannot be read gives a failed report, one that runs past
     * the time limit a {@code TIMEOUT} report, one that exhausts memory a {@code TOO_LARGE} report.
     */
    public Report read(Path file) {
        return guard.run(file.toString(), () -> readFile(file));
    }

    private Report readFile(Path file) {
        String sha = "";
        try {
            sha = sha256(file);
            return readKnown(file, file.toString(), sha);
        } catch (IOException | UncheckedIOException e) {
            return failed(file.toString(), sha, "", ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads a report from a stream (a member of an archive, a blob from object storage); {@code name} is its
     * path for the report's {@code source.path}, and its extension helps no more than a file's would.
     */
    public Report read(String name, InputStream in) {
        Objects.requireNonNull(name, "name");
        return guard.run(name, () -> readStream(name, in));
    }

    private Report readStream(String name, InputStream in) {
        Path copy = null;
        try {
            copy = Files.createTempFile("gongkai-", ".input");
            String sha = copyHashing(in, copy);
            return readKnown(copy, name, sha);
        } catch (IOException | UncheckedIOException e) {
            return failed(name, "", "", ErrorCode.UNREADABLE, "cannot read the input: " + e.getMessage());
        } finally {
            deleteQuietly(copy);
        }
    }

    /** The reports with the cross-year findings (carried-over counts, …) added where one agency has several years. */
    public List<Report> checkAcrossYears(Collection<Report> reports) {
        return validator.checkAcrossYears(List.copyOf(reports));
    }

    /** The key under which reports of one agency are compared across years (also {@code agency_key} in panels). */
    public static String agencyKey(String agency) {
        return agency == null ? "" : Validator.agencyKey(agency);
    }

    private Report readKnown(Path file, String name, String sha) {
        String id = sha.substring(0, REPORT_ID_HEX_DIGITS);
        Document document;
        try {
            document = readers.read(file);
        } catch (ReadException e) {
            return failed(name, sha, e.format() == null ? "" : e.format().id(), e.code(), e.getMessage());
        }
        try {
            Source source = new Source(name, sha, document.format().id());
            return validator.check(extractor.extract(document, id, source));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(name, sha, document.format().id(), ErrorCode.INTERNAL_ERROR,
                    "gongkai failed on this file (please report it with the file): " + e);
        }
    }

    private static Report failed(String name, String sha, String format, ErrorCode code, String message) {
        return ReportExtractor.failed(reportIdOf(sha), new Source(name, sha, format), code, message);
    }

    /** The report id of content with this SHA-256 (its first hex digits), or "" when the content is not known. */
    static String reportIdOf(String sha256) {
        return sha256.length() >= REPORT_ID_HEX_DIGITS ? sha256.substring(0, REPORT_ID_HEX_DIGITS) : "";
    }

    /** The SHA-256 of a file's bytes in lowercase hex: its report's {@code source.sha256}. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    /** The SHA-256 of the bytes left in a stream, in lowercase hex; the stream is read to its end, not closed. */
    public static String sha256(InputStream in) throws IOException {
        DigestInputStream digesting = new DigestInputStream(in, sha256Digest());
        digesting.transferTo(java.io.OutputStream.nullOutputStream()); // the digest is all that is wanted
        return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }

    private static String copyHashing(InputStream in, Path target) throws IOException {
        DigestInputStream digesting = new DigestInputStream(in, sha256Digest());
        Files.copy(digesting, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Settings of a library instance; every one has a default. */
    public static final class Builder {
        private ReportFormats formats = ReportFormats.standard();
        private Lang lang = Lang.ZH;
        private ReadGuard guard = new ReadGuard(null);
        private OcrMode ocr = OcrMode.AUTO;
        private ReadLimits readLimits = ReadLimits.DEFAULT;

        private Builder() {
        }

        /** The size caps of the readers (default {@link ReadLimits#DEFAULT}); a file past one fails as TOO_LARGE. */
        public Builder readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "readLimits");
            return this;
        }

        /** The report formats (default: the statutory v2019/v2021 of the bundled formats.json). */
        public Builder formats(ReportFormats reportFormats) {
            this.formats = Objects.requireNonNull(reportFormats, "formats");
            return this;
        }

        /** The language of findings' messages (default Chinese). */
        public Builder lang(Lang language) {
            this.lang = Objects.requireNonNull(language, "lang");
            return this;
        }

        /** A time limit per file (default none): a read past it gives a failed report with code TIMEOUT. */
        public Builder timeout(Duration limit) {
            this.guard = new ReadGuard(limit);
            return this;
        }

        /** Whether PDF pages without a text layer are read by OCR (default auto: when Tesseract is installed). */
        public Builder ocr(OcrMode mode) {
            this.ocr = Objects.requireNonNull(mode, "ocr");
            return this;
        }

        public Gongkai build() {
            return new Gongkai(this);
        }
    }
}
