package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Recognition;
import gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A label or heading that differs on a scanned page is our recognition, never the publisher's typo. */
class ScannedWordingTest {
    private static final Finding TYPO = new Finding(RowAssigner.LABEL_TYPO, Severity.WARNING, Category.FORMAT,
            List.of("t2.a20_6.penalty.decisions"), null, null,
            RowAssigner.TYPO_WORDING + "，按最接近的标签读取：印作“行政处昼”，应为“行政处罚”");
    private static final Finding HEADING = Finding.of("format.heading_variant", Severity.INFO, Category.FORMAT,
            "五、存在的主要问题及整改措施");
    private static final Finding PAGE = Finding.of(Recognition.PAGE_RULE, Severity.INFO, Category.EXTRACTION,
            "page 1 has no text layer: read by OCR (skew 0.00°)");

    @Test
    void aTextDocumentKeepsThePublishersTypo() {
        List<Finding> findings = List.of(TYPO, HEADING);
        assertSame(findings, ScannedWording.asRead(findings));
    }

    @Test
    void aScannedDocumentsLabelIsOurReading() {
        List<Finding> read = ScannedWording.asRead(List.of(PAGE, TYPO, HEADING));
        assertEquals(PAGE, read.get(0));
        Finding label = read.get(1);
        assertEquals("extract.ocr_label", label.rule());
        assertEquals(Category.EXTRACTION, label.category());
        assertEquals(List.of("t2.a20_6.penalty.decisions"), label.cells());
        assertEquals("光学识别的行标签与法定格式不符，按最接近的标签读取：印作“行政处昼”，应为“行政处罚”", label.message());
        assertEquals("format.heading_variant", read.get(2).rule());
        assertEquals(Category.EXTRACTION, read.get(2).category());
    }
}
