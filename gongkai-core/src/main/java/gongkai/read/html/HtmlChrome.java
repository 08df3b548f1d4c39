package gongkai.read.html;

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
    /** Government sites put a catalogue record (索引号, 发布机构, 发文日期 …) above each document: page metadata, not report text. */
    private static final Pattern CATALOGUE_RECORD = Pattern.compile("索\\s*引\\s*号.*(发布机构|发文机关|成文日期|发文日期|发布日期|主题分类|公开方式)");
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
        for (Element table : body.select("table")) {
            if (table.parent() != null && table.getElementsByTag("table").size() == 1
                    && CATALOGUE_RECORD.matcher(table.text()).find() && isSafeToDropTable(table)) {
                table.remove();
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && isChromeNamed(e) && isSafeToDrop(e)) {
                e.remove();
            }
        }
    }

    private static boolean isSafeToDropTable(Element table) {
        return !STATUTORY_HEADING.matcher(table.text()).find() && !table.text().contains("申请人情况");
    }

    private static boolean isChromeNamed(Element e) {
        return CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find();
    }

    /** Never drop what may hold the report itself: a data table or the first statutory heading. */
    private static boolean isSafeToDrop(Element e) {
        return e.getElementsByTag("table").isEmpty() && !STATUTORY_HEADING.matcher(e.text()).find();
    }
}
