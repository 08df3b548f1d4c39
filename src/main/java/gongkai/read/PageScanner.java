package gongkai.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Scans every page of an open PDF for glyphs and rules. */
final class PageScanner {
    private PageScanner() {
    }

    static List<PageScan> scan(PDDocument pdf) throws IOException {
        GlyphCollector glyphs = GlyphCollector.collect(pdf);
        List<PageScan> pages = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            RuleCollector rules = new RuleCollector(page);
            List<Ruling> rulings = rules.collect();
            pages.add(new PageScan(i + 1, page.getCropBox().getWidth(), page.getCropBox().getHeight(),
                    glyphs.glyphs(i), rulings, glyphs.unmapped(i), rules.images()));
        }
        return pages;
    }
}
