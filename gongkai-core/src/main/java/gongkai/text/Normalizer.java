package gongkai.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises report text on a copy (the original stays the cell's {@code raw}): radical code points
 * become the ideographs they stand for (an explicit table; NFKC would turn ⼾ into traditional 戶 and
 * rewrite （一） and ：), full-width ASCII becomes ASCII, odd spaces become plain spaces, and spaces
 * between Han characters (wrapping artefacts such as {@code 不予公 开}) are removed.
 */
public final class Normalizer {
    private static final Map<Integer, String> RADICALS = loadRadicals();
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile(
            "(?<=[\\p{IsHan}（）()、，“”：])[ \\t]+(?=[\\p{IsHan}（）()、，“”：])");
    private static final Pattern RUN_OF_SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern ALL_SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_NUMBERING = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\\d{1,2}\\s*[.、．])\\s*");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    private Normalizer() {
    }

    /** Radicals, full-width forms and odd spaces mapped; spaces between Han characters removed. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String mapped = mapCharacters(text);
        if (!hasSpaceOrControl(mapped)) {
            return mapped; // both patterns below need a space or tab; skipping them halves the extract stage's time
        }
        String joined = SPACE_BETWEEN_HAN.matcher(mapped).replaceAll("");
        return RUN_OF_SPACES.matcher(joined).replaceAll(" ");
    }

    /**
     * A key for comparing labels: normalised, without any whitespace, with full-width brackets made
     * ASCII-free (both forms become （ ）) so that {@code (三)} and {@code （三）} compare equal.
     */
    public static String labelKey(String text) {
        String normal = normalize(text);
        String key = hasSpaceOrControl(normal) ? ALL_SPACE.matcher(normal).replaceAll("") : normal;
        return key.replace('(', '（').replace(')', '）').replace('．', '.');
    }

    /** The agency as compared across years: its label key without a trailing bracket such as （管委会）. */
    public static String agencyKey(String agency) {
        String key = labelKey(agency);
        String stripped = TRAILING_BRACKET.matcher(key).replaceFirst("");
        while (!stripped.equals(key) && !stripped.isEmpty()) {
            key = stripped;
            stripped = TRAILING_BRACKET.matcher(key).replaceFirst("");
        }
        return key;
    }

    /** The label key without a leading numbering such as {@code 1.}, {@code 1、}, {@code （三）} or {@code 三、}. */
    public static String withoutNumbering(String labelKey) {
        String rest = labelKey;
        String stripped = LEADING_NUMBERING.matcher(rest).replaceFirst("");
        while (!stripped.equals(rest)) {
            rest = stripped;
            stripped = LEADING_NUMBERING.matcher(rest).replaceFirst("");
        }
        return rest;
    }

    /** The label key with numbering and punctuation removed: the words only. */
    public static String words(String text) {
        return PUNCTUATION.matcher(withoutNumbering(labelKey(text))).replaceAll("");
    }

    /** Whether the text has a character at or below U+0020: every character {@code [ \t]} and {@code \s} match. */
    private static boolean hasSpaceOrControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) <= ' ') {
                return true;
            }
        }
        return false;
    }

    /** A plain loop, not a stream of strings: this runs on every label and cell, and kept characters allocate nothing. */
    private static String mapCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String mapped = mapCodePoint(cp);
            if (mapped == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(mapped);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** What the code point becomes, or null when it stays as it is. */
    private static String mapCodePoint(int cp) {
        String radical = RADICALS.get(cp);
        if (radical != null) {
            return radical;
        }
        if (cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
            return String.valueOf((char) (cp - 0xFEE0));
        }
        return switch (cp) {
            case 0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF -> cp == 0x200B || cp == 0xFEFF ? "" : " ";
            case 0xFF0B -> "+";
            case 0xFF0D, 0x2212 -> "-";
            case 0xFF0E -> ".";
            case 0xFF0F -> "/";
            case 0xFF05 -> "%";
            default -> null;
        };
    }

    private static Map<Integer, String> loadRadicals() {
        Map<Integer, String> table = new HashMap<>();
        try (InputStream in = Normalizer.class.getResourceAsStream("radicals.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource radicals.tsv");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    String[] pair = line.split("\t", 2);
                    table.put(pair[0].codePointAt(0), pair[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read radicals.tsv", e);
        }
        return Map.copyOf(table);
    }
}
