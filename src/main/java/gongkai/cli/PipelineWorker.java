package gongkai.cli;

import gongkai.model.ErrorCode;
import gongkai.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A batch worker: one pipeline (readers, extractor, validator) of its own, so no state is shared between threads
 * and an abandoned worker takes its state with it. A zip member is copied to a scratch file within the limits of
 * {@link ZipInputs}, read, and deleted.
 */
final class PipelineWorker implements Batch.Worker {
    private final Pipeline pipeline;
    private final Path scratch;

    /** @param scratch a folder for zip members' copies (the run's temporary folder) */
    PipelineWorker(Lang lang, Path scratch) {
        this.pipeline = new Pipeline(lang.name());
        this.scratch = scratch;
    }

    @Override
    public Report process(Input input, Batch.Started started) {
        if (input.problem() != null) {
            return failed(input, "", ErrorCode.valueOf(input.problem().code()), input.problem().message());
        }
        if (!input.isMember()) {
            String sha;
            try {
                sha = Pipeline.sha256(input.file());
            } catch (IOException | UncheckedIOException e) {
                return failed(input, "", ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage());
            }
            started.sha256(sha);
            return pipeline.process(input.file(), input.path(), sha);
        }
        return member(input, started);
    }

    private Report member(Input input, Batch.Started started) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory(scratch, "member").resolve(ZipInputs.tempName(input));
            ZipInputs.extract(input, copy);
            String sha = Pipeline.sha256(copy);
            started.sha256(sha);
            return pipeline.process(copy, input.path(), sha);
        } catch (ZipInputs.TooLarge e) {
            return failed(input, "", ErrorCode.TOO_LARGE, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return failed(input, "", ErrorCode.UNREADABLE, "cannot read the archive member: " + e.getMessage());
        } finally {
            delete(copy);
        }
    }

    private static void delete(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(copy.getParent());
            } catch (IOException e) {
                copy.toFile().deleteOnExit();
            }
        }
    }

    @Override
    public Report failed(Input input, String sha256, ErrorCode code, String message) {
        boolean openable = input.problem() == null && !input.isMember();
        return Pipeline.failed(openable ? input.file() : null, input.path(), sha256, code.name(), message);
    }
}
