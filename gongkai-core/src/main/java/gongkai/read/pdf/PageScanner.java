package gongkai.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Scans every page of an open PDF for glyphs and rules, in one pass over its content. */
final class PageScanner {
    private PageScanner() {
    }

    static List<PageScan> scan(PDDocument pdf) throws IOException {
        GlyphCollector glyphs = GlyphCollector.collect(pdf);
        List<PageScan> pages = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            pages.add(new PageScan(i + 1, page.getCropBox().getWidth(), page.getCropBox().getHeight(),
                    glyphs.glyphs(i), glyphs.rulings(i), glyphs.unmapped(i), glyphs.images(i)));
        }
        return pages;
    }
}
