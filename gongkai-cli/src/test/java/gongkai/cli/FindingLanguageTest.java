package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLanguageTest {
    @Test
    void aChineseExtractionFindingIsWordedInEnglishWithItsData() {
        Finding typo = new Finding("format.label_typo", Severity.WARNING, Category.FORMAT,
                List.of("t3.denied.state_secret.total"), null, null, "行标签与法定格式不同：印作“属于国家秘密的”，应为“属于国家秘密”");
        assertEquals("row label differs from the statutory one: printed \"属于国家秘密的\", should be \"属于国家秘密\"",
                FindingLanguage.localise(typo, Lang.en).message());
        Finding order = Finding.of("format.column_order", Severity.WARNING, Category.FORMAT, "表t3列顺序与法定格式不同，按表头读取");
        assertEquals("table t3: its columns are printed in another order than the statutory format; read by the header",
                FindingLanguage.localise(order, Lang.en).message());
    }

    @Test
    void findingsAlreadyInTheLanguageOrWithoutAnEntryStayAsTheyAre() {
        Finding english = Finding.of("format.column_order", Severity.WARNING, Category.FORMAT, "already English");
        assertSame(english, FindingLanguage.localise(english, Lang.en));
        Finding unknown = Finding.of("t3.flow", Severity.ERROR, Category.FILING, "中文");
        assertSame(unknown, FindingLanguage.localise(unknown, Lang.en));
        Finding chinese = Finding.of("format.column_order", Severity.WARNING, Category.FORMAT, "表t3列顺序");
        assertSame(chinese, FindingLanguage.localise(chinese, Lang.zh));
    }
}
