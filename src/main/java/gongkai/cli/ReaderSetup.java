package gongkai.cli;

import gongkai.model.SourceFormat;
import gongkai.read.DocReader;
import gongkai.read.DocxReader;
import gongkai.read.HtmlReader;
import gongkai.read.PdfReader;
import gongkai.read.Readers;

/** The readers this build has, registered by format. */
final class ReaderSetup {
    private ReaderSetup() {
    }

    static Readers all() {
        return new Readers()
                .with(SourceFormat.PDF, new PdfReader())
                .with(SourceFormat.HTML, new HtmlReader())
                .with(SourceFormat.DOCX, new DocxReader())
                .with(SourceFormat.DOC, new DocReader());
    }
}
