package gongkai.extract;

import gongkai.format.SectionSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Severity;

/**
 * {@code format.heading_variant}: a part found under a heading that is not the template's wording. A known
 * wording is information; a typo or a lost numbering is a warning (the reader took the heading by meaning).
 */
final class HeadingVariantFinding {
    static final String RULE = "format.heading_variant";

    private HeadingVariantFinding() {
    }

    static Finding of(SectionHit hit, SectionSpec spec) {
        String template = spec.numeral() + "、" + spec.titles().get(0);
        String how = switch (hit.variant()) {
            case WORDING -> "措辞与模板不同";
            case TYPO -> "与模板相差个别字";
            case UNNUMBERED -> "缺少编号";
        };
        Severity severity = hit.variant() == HeadingVariants.Kind.WORDING ? Severity.INFO : Severity.WARNING;
        return Finding.of(RULE, severity, Category.FORMAT,
                "第" + spec.numeral() + "部分标题印作“" + hit.heading() + "”（" + how + "），模板为“" + template + "”");
    }
}
