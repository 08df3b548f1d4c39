package gongkai.read.html;

import gongkai.read.ReadLimits;
import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.Paragraph;
import gongkai.model.SourceFormat;
import gongkai.read.Charsets;
import gongkai.read.DocumentReader;
import gongkai.read.ReadException;
import gongkai.read.PictureReader;
import gongkai.read.TablePictures;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page holding a report: decodes it (BOM, meta charset, else detected), drops the site
 * chrome, and returns the report's paragraphs and tables from its title on, spans expanded exactly.
 */
public final class HtmlReader implements DocumentReader {
    private final ReadLimits limits;
    private final PictureReader pictures;

    public HtmlReader() {
        this(ReadLimits.DEFAULT);
    }

    public HtmlReader(ReadLimits limits) {
        this(limits, PictureReader.NONE);
    }

    /** A reader that reads tables given as pictures ({@code <img>} where a table should be) with {@code pictures}. */
    public HtmlReader(ReadLimits limits, PictureReader pictures) {
        this.limits = limits;
        this.pictures = pictures;
    }

    @Override
    public Document read(Path file) throws ReadException {
        byte[] bytes = bytes(file);
        Charset charset = Charsets.forHtml(bytes);
        org.jsoup.nodes.Document dom = Jsoup.parse(Charsets.decode(bytes, charset), "",
                Parser.htmlParser().setTrackPosition(true));
        Element body = dom.body();
        HtmlChrome.strip(body);
        Path folder = file.toAbsolutePath().getParent();
        TablePictures.Read report = TablePictures.read(ReportBody.of(HtmlBlocks.collect(body, limits, folder)), pictures);
        List<Block> blocks = withTitle(report.body().blocks(), dom);
        return new Document(file.toString(), SourceFormat.HTML, blocks, report.problems(), report.findings());
    }

    private byte[] bytes(Path file) throws ReadException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ReadException(file, ErrorCode.EMPTY_FILE, "the file is empty");
            }
            // Report pages are tens of kilobytes; a page past the cap is no report and would cost a lot to parse.
            limits.checkBytes("web page", size, limits.maxHtmlBytes());
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException(file, ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Pages whose body lacks the report's title still name it in {@code <title>}; later stages need it for agency and year. */
    private static List<Block> withTitle(List<Block> blocks, org.jsoup.nodes.Document dom) {
        boolean hasTitle = !blocks.isEmpty() && blocks.get(0) instanceof Paragraph p && ReportBody.isTitle(p.text());
        Element title = dom.selectFirst("title");
        if (hasTitle || title == null || !ReportBody.isTitle(title.text().strip())) {
            return blocks;
        }
        List<Block> all = new ArrayList<>(blocks.size() + 1);
        all.add(new Paragraph(title.text().strip(), HtmlLines.of(title)));
        all.addAll(blocks);
        return all;
    }
}
