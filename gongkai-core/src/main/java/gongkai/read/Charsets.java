package gongkai.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Finds the character set of a web page or text file: byte-order mark first, then a declared
 * {@code <meta charset>}, then detection from the bytes. Chinese government sites still serve many
 * GBK pages without any declaration, which jsoup alone would decode as UTF-8 and garble.
 */
public final class Charsets {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int MAX_UTF8_CONTINUATION = 3;
    /**
     * Share of the non-ASCII bytes that may be malformed in text still taken as UTF-8 (a flipped bit, a
     * truncated character); GBK text read as UTF-8 has most of them malformed.
     */
    private static final double MAX_BAD_UTF8_SHARE = 0.01;
    /** How far into a page a {@code <meta>} declaration is looked for (HTML puts it in the first 1024 bytes; sites are sloppy). */
    private static final int META_SCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** The BOM's charset, if the bytes start with one. */
    public static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Length of the BOM at the start of the bytes, 0 if none. */
    public static int bomLength(byte[] b) {
        return fromBom(b).map(cs -> cs == StandardCharsets.UTF_8 ? 3 : 2).orElse(0);
    }

    /** The charset a page declares in a meta tag, widened so that a GB2312/GBK label decodes every GBK page. */
    public static Optional<Charset> fromMeta(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        return byName(m.group(1));
    }

    /**
     * The charset of an HTML page: BOM; then UTF-8 if the bytes are valid UTF-8 with non-ASCII text in
     * them (GBK text practically never is, while sites that re-encode pages often keep a stale
     * {@code charset=gb2312}); then the meta declaration; then detection.
     */
    public static Charset forHtml(byte[] b) {
        Optional<Charset> bom = fromBom(b);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (hasNonAscii(b) && isMostlyUtf8(b)) {
            return StandardCharsets.UTF_8;
        }
        Optional<Charset> declared = fromMeta(b);
        // A page declaring UTF-8 but holding GBK bytes happens when a template is copied; trust the bytes then.
        if (declared.isPresent() && declared.get() != StandardCharsets.UTF_8) {
            return declared.get();
        }
        return detect(b);
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The charset of undeclared bytes: UTF-8 if they are valid UTF-8 but for a few bad bytes, else what
     * Tika's detector says, GB18030 by default.
     */
    public static Charset detect(byte[] b) {
        Optional<Charset> bom = fromBom(b);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (isMostlyUtf8(b)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(b);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName().toUpperCase(Locale.ROOT);
            if (name.startsWith("GB") || name.equals("BIG5") || name.startsWith("UTF-16")) {
                return byName(name).orElse(GB18030);
            }
        }
        // The corpus is Chinese: a non-UTF-8 page that fits no CJK charset is most likely GBK with a few bad bytes.
        return GB18030;
    }

    /** Whether the bytes decode as strict UTF-8. */
    public static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the bytes are UTF-8 with at most a few malformed bytes among many well-formed characters. */
    static boolean isMostlyUtf8(byte[] b) {
        if (isUtf8(b)) {
            return true;
        }
        int nonAscii = 0;
        for (byte x : b) {
            nonAscii += x < 0 ? 1 : 0;
        }
        int bad = decodeCounting(b, StandardCharsets.UTF_8).badBytes();
        return bad < nonAscii && bad <= MAX_BAD_UTF8_SHARE * nonAscii;
    }

    /**
     * Whether the first bytes of a file are UTF-8: they may end inside a character, so up to three trailing
     * bytes are left out before saying no.
     */
    public static boolean isUtf8Prefix(byte[] head) {
        for (int cut = 0; cut <= MAX_UTF8_CONTINUATION && cut < head.length; cut++) {
            if (isUtf8(java.util.Arrays.copyOf(head, head.length - cut))) {
                return true;
            }
        }
        return false;
    }

    /** Text decoded with each malformed byte sequence replaced by U+FFFD, with how many bytes and where the first. */
    public record Decoded(String text, Charset charset, int badBytes, int firstBad) {
    }

    /** Decodes the bytes (skipping a BOM), counting the malformed bytes replaced; one pass over the bytes. */
    public static Decoded decodeCounting(byte[] b, Charset cs) {
        int skip = fromBom(b).filter(cs::equals).isPresent() ? bomLength(b) : 0;
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        long capacity = (long) (b.length - skip) * (long) Math.ceil(Math.max(1, decoder.maxCharsPerByte())) + 16;
        CharBuffer out = CharBuffer.allocate((int) Math.min(capacity, Integer.MAX_VALUE - 16));
        int bad = 0;
        int firstBad = -1;
        for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
            firstBad = firstBad < 0 ? in.position() : firstBad;
            bad += r.length();
            in.position(in.position() + r.length());
            out.put('\uFFFD');
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), cs, bad, firstBad);
    }

    /** Decodes the bytes, skipping a BOM. */
    public static String decode(byte[] b, Charset cs) {
        int skip = fromBom(b).filter(cs::equals).isPresent() ? bomLength(b) : 0;
        return new String(b, skip, b.length - skip, cs);
    }

    private static Optional<Charset> byName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("GB2312") || n.equals("GBK") || n.equals("X-GBK") || n.equals("CP936") || n.equals("EUC-CN")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
