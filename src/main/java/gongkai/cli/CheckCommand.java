package gongkai.cli;

import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.read.pdf.OcrMode;
import gongkai.model.Severity;
import gongkai.model.Status;
import gongkai.write.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check INPUT...}: prints the findings grouped by file and a summary line; exits 1 when a finding
 * reaches the {@code --fail-on} severity (error by default), 0 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate reports against the statutory sum rules; exit 1 on findings of the --fail-on severity.")
final class CheckCommand implements Callable<Integer> {
    enum FailOn { error, warning }

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    List<Path> inputs;

    @Option(names = "--fail-on", defaultValue = "error", description = "error (default) or warning.")
    FailOn failOn;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json (one report per line).")
    Format format;

    @Option(names = "--ocr", defaultValue = "auto", converter = OcrModeConverter.class,
            description = "auto (default): read PDF pages without a text layer by OCR when Tesseract is installed; off.")
    OcrMode ocr;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of finding messages: zh or en.")
    String lang;

    @Option(names = "--all", description = "Also print info findings.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        List<Report> reports = new Pipeline(lang, ocr).run(inputs);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ReportJson json = new ReportJson();
            reports.forEach(r -> out.println(json.toJsonString(r)));
        } else {
            reports.forEach(r -> printText(out, r));
            out.println(Summary.of(reports));
        }
        out.flush();
        return reports.stream().anyMatch(this::fails) ? 1 : 0;
    }

    private boolean fails(Report report) {
        return report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                || failOn == FailOn.warning && f.severity() == Severity.WARNING);
    }

    private void printText(PrintWriter out, Report r) {
        out.println(r.source().path() + " [" + r.status().id() + ", " + r.formatVersion()
                + (r.agency() == null ? "" : ", " + r.agency()) + (r.year() == null ? "" : " " + r.year()) + "]");
        if (r.status() == Status.FAILED || !r.errors().isEmpty()) {
            r.errors().forEach(e -> out.println("  " + e.code() + ": " + e.message()));
        }
        for (Finding f : r.findings()) {
            if (all || f.severity() != Severity.INFO) {
                out.println("  " + f.severity().id() + " " + f.category().id() + " " + f.rule()
                        + (f.cells().isEmpty() ? "" : " " + String.join(",", f.cells()))
                        + (f.expected() == null ? "" : " expected " + f.expected().toPlainString())
                        + (f.actual() == null ? "" : " actual " + f.actual().toPlainString())
                        + ": " + f.message());
            }
        }
    }
}
