package gongkai.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every message of the command line, from one bundle per language ({@code gongkai/cli/messages_zh.properties},
 * {@code messages_en.properties}); arguments are filled in with {@link String#format} ({@code %s}, {@code %d}).
 */
final class Messages {
    private static final String BUNDLE = "gongkai.cli.messages";
    private static volatile Lang lang = Lang.zh;

    private Messages() {
    }

    static void use(Lang language) {
        lang = language == null ? Lang.zh : language;
    }

    static Lang lang() {
        return lang;
    }

    /** The message in the current language (the key itself if a bundle lacks it: a test checks none does). */
    static String get(String key, Object... args) {
        String message = format(lang, key, args);
        return message == null ? key : message;
    }

    static String format(Lang language, String key, Object... args) {
        String pattern = find(language, key);
        return pattern == null ? null : String.format(Locale.ROOT, pattern, args);
    }

    /** The pattern for a key, or null when the bundle has none (then the caller keeps its own text). */
    static String find(Lang language, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
