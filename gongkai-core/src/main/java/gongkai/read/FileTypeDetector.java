package gongkai.read;

import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what kind of file an input is from its content, not its name: reports are published with
 * wrong extensions (a .doc that is an HTML page, a .pdf that is a DOCX) often enough to matter.
 */
public final class FileTypeDetector {
    /** How much of a file is looked at; the magic numbers and an HTML page's first tags sit near its start. */
    private static final int SNIFF_BYTES = 8192;
    /** PDF readers accept junk before the header within the first kilobyte; so do we. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** An OLE2 container: Word 97–2003, or an encrypted Office 2007+ file. */
    public static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|table|div|p|span|br|h[1-6])[\\s/>]");
    /** Share of replacement or control characters above which decoded bytes are not text. */
    private static final double MAX_GARBAGE_SHARE = 0.01;

    private FileTypeDetector() {
    }

    /** The format of the file, or a ReadException with EMPTY_FILE, UNSUPPORTED_TYPE or CORRUPT_DOCUMENT. */
    public static SourceFormat detect(Path file) throws ReadException {
        byte[] head = head(file);
        if (head.length == 0 || isBlank(head)) {
            throw new ReadException(file, ErrorCode.EMPTY_FILE, "the file is empty");
        }
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) {
            return SourceFormat.PDF;
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return zip(file);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return ole2(file);
        }
        if (isHtml(head)) {
            return SourceFormat.HTML;
        }
        if (isText(head)) {
            if (isJson(head)) {
                throw new ReadException(file, ErrorCode.UNSUPPORTED_TYPE, "JSON data, not a report");
            }
            return SourceFormat.TXT;
        }
        throw new ReadException(file, ErrorCode.UNSUPPORTED_TYPE, "not a PDF, Word, HTML or text file");
    }

    private static SourceFormat zip(Path file) throws ReadException {
        // Only the central directory is read: listing entries costs nothing even for a zip bomb.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return SourceFormat.DOCX;
            }
        } catch (IOException e) {
            throw new ReadException(file, ErrorCode.CORRUPT_DOCUMENT, "a damaged zip file: " + e.getMessage(), e);
        }
        throw new ReadException(file, ErrorCode.UNSUPPORTED_TYPE, "a zip file that is not a Word document");
    }

    /** Word 97 files hold a WordDocument stream; an encrypted DOCX is an OLE2 file too (its reader reports it). */
    private static SourceFormat ole2(Path file) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return SourceFormat.DOC;
            }
            if (root.hasEntry("EncryptionInfo")) {
                return SourceFormat.DOCX;
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ErrorCode.CORRUPT_DOCUMENT, "a damaged OLE2 file: " + ReadException.rootMessage(e), e);
        }
        throw new ReadException(file, ErrorCode.UNSUPPORTED_TYPE, "an OLE2 file that is not a Word document");
    }

    private static boolean isHtml(byte[] head) {
        String text = new String(head, Charsets.bomLength(head), head.length - Charsets.bomLength(head),
                Charsets.fromBom(head).orElse(StandardCharsets.ISO_8859_1));
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<") && HTML_TAG.matcher(start).find();
    }

    /** Text if it decodes (UTF-8, UTF-16 with BOM, or GB18030) with hardly any garbage or control characters. */
    private static boolean isText(byte[] head) {
        Charset charset = Charsets.fromBom(head).isEmpty() && Charsets.isUtf8Prefix(head)
                ? StandardCharsets.UTF_8 : Charsets.detect(head);
        String text = Charsets.decode(head, charset);
        int garbage = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                garbage++;
            }
        }
        // The sniffed head may end inside a multi-byte character: allow that one.
        return garbage <= 1 || garbage < text.length() * MAX_GARBAGE_SHARE;
    }

    /** Data files beside reports (expected values, exports) are JSON; a report's text never starts with { or [. */
    private static boolean isJson(byte[] head) {
        String start = new String(head, Charsets.bomLength(head), Math.min(head.length, 64) - Charsets.bomLength(head),
                StandardCharsets.ISO_8859_1).stripLeading();
        return start.startsWith("{\"") || start.startsWith("{\n") || start.startsWith("[{") || start.startsWith("[\n");
    }

    private static boolean isBlank(byte[] head) {
        for (byte b : head) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return head.length < SNIFF_BYTES;
    }

    private static int indexOf(byte[] hay, byte[] needle, int window) {
        for (int i = 0; i + needle.length <= Math.min(hay.length, window + needle.length); i++) {
            if (java.util.Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] head(Path file) throws ReadException {
        return head(file, SNIFF_BYTES);
    }

    /** The first {@code n} bytes of the file (fewer when it is shorter). */
    public static byte[] head(Path file, int n) throws ReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new ReadException(file, ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage(), e);
        }
    }

    public static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
