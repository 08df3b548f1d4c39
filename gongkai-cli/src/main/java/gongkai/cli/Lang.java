package gongkai.cli;

import java.util.Locale;

/** The language of every message gongkai writes: {@code --lang zh} (default) or {@code --lang en}. */
enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE), en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}
