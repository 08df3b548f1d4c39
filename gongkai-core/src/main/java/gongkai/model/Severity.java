package gongkai.model;

import java.util.Locale;

/** How serious a finding is. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
