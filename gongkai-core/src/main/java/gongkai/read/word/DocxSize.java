package gongkai.read.word;

import gongkai.read.ReadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Measures a DOCX's main part against the caps before POI parses it: POI builds the whole XML tree of
 * {@code word/document.xml} at once, so millions of tiny paragraphs that pass its zip-bomb ratio check would
 * cost minutes and gigabytes. One streaming pass counts the paragraph starts ({@code <w:p>}, {@code <w:p }).
 */
final class DocxSize {
    private static final String MAIN_PART = "word/document.xml";
    private static final byte[] PARAGRAPH = {'<', 'w', ':', 'p'};

    private DocxSize() {
    }

    /** Throws {@link ReadLimits.Exceeded} when the main part is too large; a damaged package is left to POI. */
    static void check(Path file, ReadLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MAIN_PART);
            if (entry == null || isBomb(entry)) {
                return; // POI reports both (a zip bomb as CORRUPT_DOCUMENT, as documented)
            }
            limits.checkBytes(MAIN_PART + " uncompressed", entry.getSize(), limits.maxDocxXmlBytes());
            try (InputStream in = zip.getInputStream(entry)) {
                countParagraphs(in, limits);
            }
        } catch (IOException e) {
            // Not a readable zip: POI says so with its own message.
        }
    }

    /** Whether the entry inflates past POI's zip-bomb ratio, as its sizes declare. */
    private static boolean isBomb(ZipEntry entry) {
        return entry.getSize() > 0 && entry.getCompressedSize() >= 0
                && entry.getCompressedSize() < ZipSecureFile.getMinInflateRatio() * entry.getSize();
    }

    /** Counts paragraph starts, stopping at the first cap passed (bytes as inflated, not as declared). */
    private static void countParagraphs(InputStream in, ReadLimits limits) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        long paragraphs = 0;
        int matched = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            bytes += n;
            limits.checkBytes(MAIN_PART + " inflated", bytes, limits.maxDocxXmlBytes());
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (matched == PARAGRAPH.length) {
                    paragraphs += b == '>' || b == ' ' || b == '/' || b == '\n' || b == '\r' || b == '\t' ? 1 : 0;
                    matched = 0;
                }
                matched = b == PARAGRAPH[matched] ? matched + 1 : b == '<' ? 1 : 0;
            }
            limits.checkParagraphs(paragraphs);
        }
    }
}
