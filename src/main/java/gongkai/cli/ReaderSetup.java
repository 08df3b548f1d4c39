package gongkai.cli;

import gongkai.model.SourceFormat;
import gongkai.read.Readers;
import gongkai.read.html.HtmlReader;
import gongkai.read.pdf.PdfReader;
import gongkai.read.text.TextReader;
import gongkai.read.word.DocReader;
import gongkai.read.word.DocxReader;

/** The readers this build has, registered by format. */
final class ReaderSetup {
    private ReaderSetup() {
    }

    static Readers all() {
        return new Readers()
                .with(SourceFormat.TXT, new TextReader())
                .with(SourceFormat.PDF, new PdfReader())
                .with(SourceFormat.HTML, new HtmlReader())
                .with(SourceFormat.DOCX, new DocxReader())
                .with(SourceFormat.DOC, new DocReader());
    }
}
