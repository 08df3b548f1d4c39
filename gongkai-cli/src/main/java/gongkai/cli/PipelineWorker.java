package gongkai.cli;

import gongkai.read.pdf.OcrMode;

import gongkai.extract.ReportExtractor;
import gongkai.model.ErrorCode;
import gongkai.model.Report;
import gongkai.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipFile;

/**
 * A batch worker: one pipeline of its own, so no state is shared between threads and an abandoned worker takes
 * its state with it. A zip member is first measured within the limits of {@link ZipInputs}, then read as a
 * stream under its {@code archive.zip!/member} path.
 */
final class PipelineWorker implements Batch.Worker {
    private final Pipeline pipeline;

    PipelineWorker(Lang lang, OcrMode ocr) {
        this.pipeline = new Pipeline(lang.name(), ocr);
    }

    @Override
    public Report process(Input input) {
        if (input.problem() != null) {
            return failed(input, ErrorCode.valueOf(input.problem().code()), input.problem().message());
        }
        if (!input.isMember()) {
            return pipeline.process(input.file());
        }
        try {
            ZipInputs.measure(input);
            try (ZipFile zip = new ZipFile(input.file().toFile()); InputStream in = zip.getInputStream(zip.getEntry(input.member()))) {
                return pipeline.process(input.path(), in);
            }
        } catch (ZipInputs.TooLarge e) {
            return failed(input, ErrorCode.TOO_LARGE, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed(input, ErrorCode.UNREADABLE, "cannot read the archive member: " + e.getMessage());
        }
    }

    /** The failed record of an input that was never read (its content unknown: no SHA-256, no report id). */
    private static Report failed(Input input, ErrorCode code, String message) {
        return ReportExtractor.failed("", new Source(input.path(), "", ""), code, message);
    }
}
