package gongkai.read;

import gongkai.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Tells a file's format from its first bytes: magic numbers first, then markup, then decodable text. */
final class ContentSniffer {
    private static final double MAX_CONTROL_SHARE = 0.02;

    private ContentSniffer() {
    }

    static SourceFormat sniff(Path file, byte[] head) throws ReadException {
        if (startsWith(head, "%PDF")) {
            return SourceFormat.PDF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return SourceFormat.DOCX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return SourceFormat.DOC;
        }
        String text = TextDecoder.decodeHead(head);
        if (looksBinary(text)) {
            throw new ReadException(file, ErrorCodes.UNSUPPORTED_TYPE,
                    "not a PDF, HTML, Word or text file (binary content)");
        }
        String lower = text.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
                || lower.contains("<table") || lower.startsWith("<?xml") && lower.contains("<html")) {
            return SourceFormat.HTML;
        }
        return SourceFormat.TXT;
    }

    /** Too many control characters or replacement characters for a text file. */
    private static boolean looksBinary(String text) {
        long bad = text.chars().filter(c -> c == 0xFFFD || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return text.isEmpty() || bad > Math.max(1, text.length() * MAX_CONTROL_SHARE);
    }

    private static boolean startsWith(byte[] head, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (head.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (head[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
