package gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * What a reader makes of one input file: its blocks in reading order, and problems the reader met
 * that did not stop it (for example glyphs without a Unicode mapping).
 */
public record Document(String sourcePath, SourceFormat format, List<Block> blocks, List<ReportError> problems,
                       List<Finding> findings) {
    public Document {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        problems = problems == null ? List.of() : List.copyOf(problems);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public Document(String sourcePath, SourceFormat format, List<Block> blocks) {
        this(sourcePath, format, blocks, List.of(), List.of());
    }
}
