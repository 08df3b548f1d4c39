package gongkai.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Short names of cell ids for Stata, SAS and R (at most 32 characters, letters, digits and underscores,
 * starting with a letter): a function of the id alone, so the same id gets the same name in every run.
 * Dots become underscores; a name still too long has its words abbreviated, and if still too long is cut
 * and ends in six hex digits of the id's hash.
 */
public final class ShortNames {
    public static final int MAX = 32;
    private static final int KEPT_WHEN_CUT = MAX - 7;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_]");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("natural", "nat"), Map.entry("person", "pers"), Map.entry("commercial", "com"),
            Map.entry("enterprise", "ent"), Map.entry("research", "res"), Map.entry("institution", "inst"),
            Map.entry("social", "soc"), Map.entry("welfare", "wel"), Map.entry("legal", "leg"),
            Map.entry("service", "serv"), Map.entry("other", "oth"), Map.entry("total", "tot"),
            Map.entry("received", "rcv"), Map.entry("carried", "car"), Map.entry("result", "res"),
            Map.entry("denied", "den"), Map.entry("state", "st"), Map.entry("secret", "sec"),
            Map.entry("prohibited", "proh"), Map.entry("security", "secu"), Map.entry("stability", "stab"),
            Map.entry("third", "3rd"), Map.entry("party", "pty"), Map.entry("internal", "int"),
            Map.entry("affairs", "aff"), Map.entry("process", "proc"), Map.entry("info", "inf"),
            Map.entry("enforcement", "enf"), Map.entry("file", "fil"), Map.entry("admin", "adm"),
            Map.entry("query", "qry"), Map.entry("unavailable", "unav"), Map.entry("held", "hld"),
            Map.entry("needs", "nd"), Map.entry("creation", "cre"), Map.entry("still", "stl"),
            Map.entry("unclear", "uncl"), Map.entry("processed", "proc"), Map.entry("petition", "pet"),
            Map.entry("complaint", "cpl"), Map.entry("duplicate", "dup"), Map.entry("publication", "pub"),
            Map.entry("mass", "mas"), Map.entry("repeat", "rep"), Map.entry("confirm", "conf"),
            Map.entry("reissue", "reis"), Map.entry("overdue", "ovd"), Map.entry("correction", "corr"),
            Map.entry("fee", "fee"), Map.entry("cumulative", "cum"), Map.entry("proactive", "pro"),
            Map.entry("website", "web"), Map.entry("gazette", "gaz"), Map.entry("replies", "rep"),
            Map.entry("granted", "grt"), Map.entry("partial", "part"), Map.entry("refused", "ref"),
            Map.entry("appeals", "app"), Map.entry("complaints", "cpl"), Map.entry("litigation", "lit"),
            Map.entry("review", "rev"), Map.entry("narrative", "nar"), Map.entry("regulation", "reg"),
            Map.entry("normative", "norm"), Map.entry("licensing", "lic"), Map.entry("penalty", "pen"),
            Map.entry("coercion", "coe"), Map.entry("procurement", "proc"), Map.entry("published", "pub"),
            Map.entry("decisions", "dec"), Map.entry("direct", "dir"), Map.entry("after", "aft"),
            Map.entry("pending", "pend"), Map.entry("corrected", "corr"), Map.entry("upheld", "uph"));

    private ShortNames() {
    }

    public static String of(String cellId) {
        String name = UNSAFE.matcher(cellId.replace('.', '_')).replaceAll("_");
        if (!Character.isLetter(name.charAt(0))) {
            name = "v" + name;
        }
        if (name.length() <= MAX) {
            return name;
        }
        StringBuilder shorter = new StringBuilder();
        for (String word : name.split("_", -1)) {
            shorter.append(shorter.length() == 0 ? "" : "_").append(WORDS.getOrDefault(word, word));
        }
        name = shorter.toString();
        return name.length() <= MAX ? name : name.substring(0, KEPT_WHEN_CUT) + "_" + hash(cellId);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
