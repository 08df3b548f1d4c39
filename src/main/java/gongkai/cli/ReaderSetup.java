package gongkai.cli;

import gongkai.model.SourceFormat;
import gongkai.read.DocReader;
import gongkai.read.DocxReader;
import gongkai.read.HtmlReader;
import gongkai.read.PdfReader;
import gongkai.read.ReadLimits;
import gongkai.read.Readers;

/** The readers this build has, registered by format. */
final class ReaderSetup {
    private ReaderSetup() {
    }

    static Readers all() {
        return all(ReadLimits.DEFAULT);
    }

    static Readers all(ReadLimits limits) {
        return new Readers(limits)
                .with(SourceFormat.PDF, new PdfReader(limits))
                .with(SourceFormat.HTML, new HtmlReader(limits))
                .with(SourceFormat.DOCX, new DocxReader(limits))
                .with(SourceFormat.DOC, new DocReader(limits));
    }
}
