package gongkai.extract;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Recognition;
import java.util.List;
import java.util.Set;

/**
 * On a document read by OCR the wording of labels and headings is our recognition, not what the publisher
 * printed for sure: a row label that differs from the template's is {@code extract.ocr_label} (an extraction
 * finding) instead of the publisher's {@code format.label_typo}, and heading findings become extraction ones.
 */
final class ScannedWording {
    static final String OCR_LABEL = "extract.ocr_label";
    private static final Set<String> HEADING_WORDING = Set.of("format.heading_variant", "format.misnumbered_section");
    private static final String OCR_MESSAGE = "光学识别的行标签与法定格式不符";

    private ScannedWording() {
    }

    /** The findings as they stand for this document: unchanged unless some page was read by OCR. */
    static List<Finding> asRead(List<Finding> findings) {
        if (!Recognition.anyPageRead(findings)) {
            return findings;
        }
        return findings.stream().map(ScannedWording::ours).toList();
    }

    private static Finding ours(Finding f) {
        if (f.rule().equals(RowAssigner.LABEL_TYPO)) {
            return new Finding(OCR_LABEL, f.severity(), Category.EXTRACTION, f.cells(), f.expected(), f.actual(),
                    f.message().replace(RowAssigner.TYPO_WORDING, OCR_MESSAGE));
        }
        if (HEADING_WORDING.contains(f.rule())) {
            return new Finding(f.rule(), f.severity(), Category.EXTRACTION, f.cells(), f.expected(), f.actual(),
                    f.message());
        }
        return f;
    }
}
