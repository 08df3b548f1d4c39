package gongkai.cli;

import gongkai.check.Validator;
import gongkai.format.ReportFormats;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.model.Status;
import gongkai.write.ReportJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check INPUT...}: prints the findings grouped by file and a summary line. Exit codes: 0 clean, 1 a
 * finding at the {@code --fail-on} severity (error by default), 2 a usage error, 3 an input that could not be
 * read or holds no table.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate reports against the statutory sum rules. Exit 0 clean, 1 findings at the --fail-on severity,"
                + " 2 usage error, 3 an input unreadable or holding no table.")
final class CheckCommand implements Callable<Integer> {
    enum FailOn { error, warning }

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Option(names = "--fail-on", defaultValue = "error", description = "error (default) or warning.")
    FailOn failOn;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json (one report per line).")
    Format format;

    @Option(names = "--all", description = "Also print info findings.")
    boolean all;

    @Override
    public Integer call() throws Exception {
        batch.validate();
        List<Input> inputs = batch.walk(null, List.of());
        List<Report> reports = new ArrayList<>();
        new Batch<>(batch.jobs(), batch.timeout, () -> new PipelineWorker(batch.lang, batch.ocr),
                report -> FindingLanguage.localise(report, batch.lang))
                .run(inputs, (input, report) -> reports.add(report));
        List<Report> checked = new Validator(ReportFormats.standard(), batch.lang.name()).checkAcrossYears(reports);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ReportJson json = new ReportJson();
            checked.forEach(r -> out.println(json.toJsonString(r)));
        } else {
            Tally tally = new Tally();
            checked.forEach(r -> printText(out, r));
            checked.forEach(tally::add);
            out.println(tally.line());
        }
        out.flush();
        if (checked.isEmpty() || checked.stream().anyMatch(r -> r.status() == Status.FAILED || r.cells().isEmpty())) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        return checked.stream().anyMatch(this::fails) ? ExitCodes.FINDINGS : ExitCodes.OK;
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
