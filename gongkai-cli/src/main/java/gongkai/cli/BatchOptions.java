package gongkai.cli;

import gongkai.read.pdf.OcrMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs and run options that {@code extract} and {@code check} share (a picocli mixin). */
final class BatchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (walked) or zip archives.")
    List<Path> inputs;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "Language of every message, findings included: ${COMPLETION-CANDIDATES} (default zh).")
    Lang lang;

    @Option(names = "--ocr", defaultValue = "auto", converter = OcrModeConverter.class, paramLabel = "auto|off",
            description = "auto (default): read PDF pages without a text layer by OCR when Tesseract is installed; off.")
    OcrMode ocr;

    @Option(names = "--jobs", paramLabel = "N", description = "Files read at once (default: the machine's cores).")
    Integer jobs;

    @Option(names = "--timeout", defaultValue = "10m", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Time one file may take (e.g. 90s, 5m; default 10m); past it the file is failed TIMEOUT.")
    Duration timeout;

    @Option(names = "--include", paramLabel = "GLOB", description = "Read only walked files whose name or path below INPUT matches (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out walked files whose name or path below INPUT matches (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    int jobs() {
        return jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    }

    /** Usage problems found before any work: a missing INPUT, a bad --jobs or --timeout (exit 2). */
    void validate() {
        Messages.use(lang);
        CommandLine cli = spec.commandLine();
        if (jobs != null && jobs < 1) {
            throw new ParameterException(cli, Messages.get("usage.jobs", jobs));
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ParameterException(cli, Messages.get("usage.timeout", timeout.toSeconds()));
        }
        for (Path input : inputs) {
            if (!Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new ParameterException(cli, Messages.get("usage.no_input", input));
            }
        }
    }

    /** The records to make, sorted by path; notices (loops, folders seen twice) go to standard error. */
    List<Input> walk(Path outputFolder, List<Path> skippedFiles) throws IOException {
        InputWalker walker = new InputWalker(includes, excludes, outputFolder, skippedFiles);
        List<Input> found = walker.walk(inputs);
        if (!quiet) {
            walker.notices().forEach(spec.commandLine().getErr()::println);
        }
        return found;
    }

    /** {@code 120}, {@code 120s}, {@code 5m}, {@code 1h} or an ISO-8601 duration ({@code PT2M}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            char unit = v.isEmpty() ? 's' : v.charAt(v.length() - 1);
            String number = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
            long n = Long.parseLong(number);
            return switch (Character.isDigit(unit) ? 's' : unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new CommandLine.TypeConversionException("not a time: " + value + " (e.g. 90s, 5m)");
            };
        }
    }
}
