package gongkai.format;

import java.util.List;

/** One statutory part: key s1…s6, its numeral (一…六) and the title variants printed after it. */
public record SectionSpec(String key, String numeral, List<String> titles) {
    public SectionSpec {
        titles = List.copyOf(titles);
    }
}
