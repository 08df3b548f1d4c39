package gongkai.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: a BOM decides (UTF-8, UTF-16); else strict UTF-8 when the bytes are
 * valid UTF-8; else GB18030, the superset of GBK and GB2312 that Chinese government sites use.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int MAX_UTF8_CONTINUATION = 3;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, GB18030);
    }

    /**
     * Decodes the first bytes of a file, which may end inside a multi-byte UTF-8 character: up to three
     * trailing bytes are left out before deciding that the head is not UTF-8.
     */
    static String decodeHead(byte[] head) {
        for (int cut = 0; cut <= MAX_UTF8_CONTINUATION && cut < head.length; cut++) {
            String utf8 = strict(java.util.Arrays.copyOf(head, head.length - cut), StandardCharsets.UTF_8);
            if (utf8 != null) {
                return utf8;
            }
        }
        return decode(head);
    }

    /** The bytes decoded with {@code charset}, or null when they are not valid in it. */
    static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
