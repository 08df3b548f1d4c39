package gongkai.write;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON escaping that also writes U+2028 and U+2029 as six-character escapes: valid JSON either way,
 * but line-based readers of {@code reports.jsonl} (and JavaScript before ES2019) take them for line breaks,
 * so a file name holding one would split a record. Other non-ASCII text stays as it is.
 */
final class LineSeparatorEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;
    private static final SerializedString ESCAPED_LINE = new SerializedString("\\u2028");
    private static final SerializedString ESCAPED_PARAGRAPH = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    /** A JSON mapper with these escapes. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
        return mapper;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case LINE_SEPARATOR -> ESCAPED_LINE;
            case PARAGRAPH_SEPARATOR -> ESCAPED_PARAGRAPH;
            default -> null;
        };
    }
}
