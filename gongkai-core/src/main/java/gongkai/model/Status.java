package gongkai.model;

import java.util.Locale;

/** ok — every table read; partial — something missing or uncertain; failed — nothing usable. */
public enum Status {
    OK, PARTIAL, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
