package gongkai.model;

import java.util.Locale;

/**
 * Whose problem a finding is: FILING — the published report is inconsistent; EXTRACTION — gongkai is not
 * sure it read the document right; FORMAT — the document departs from the statutory format.
 */
public enum Category {
    FILING, EXTRACTION, FORMAT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
