package gongkai.read;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes a web page's site chrome before its text is read: navigation bars, breadcrumbs, share
 * buttons, page headers and footers, recognised by element and by class or id.
 */
final class HtmlChrome {
    /** Class or id words that sites use for chrome; matched as whole words of a class/id token. */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|topbar|footer|foot|breadcrumbs?|crumbs?|position|location|share|"
                    + "bdsharebuttonbox|sidebar|toolbar|fontsize|zihao|print|friendlink|links)([-_\\s]|$)");
    private static final Pattern STATUTORY_HEADING = Pattern.compile("一\\s*[、.．]\\s*(总体情况|概述)");

    private HtmlChrome() {
    }

    /** Removes chrome elements from the body in place. */
    static void strip(Element body) {
        for (Element e : body.select("header, footer, aside")) {
            if (e.closest("article") == null && isSafeToDrop(e)) {
                e.remove();
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && isChromeNamed(e) && isSafeToDrop(e)) {
                e.remove();
            }
        }
    }

    private static boolean isChromeNamed(Element e) {
        return CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find();
    }

    /** Never drop what may hold the report itself: a data table or the first statutory heading. */
    private static boolean isSafeToDrop(Element e) {
        return e.getElementsByTag("table").isEmpty() && !STATUTORY_HEADING.matcher(e.text()).find();
    }
}
