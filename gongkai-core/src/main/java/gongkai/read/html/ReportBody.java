package gongkai.read.html;

import gongkai.model.Block;
import gongkai.model.Paragraph;
import gongkai.read.Collected;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a report inside a web page's remaining chrome: it starts at the report's title (or at its
 * first statutory heading) and ends where the site footer begins; chrome lines in between are dropped.
 */
final class ReportBody {
    private static final Pattern FIRST_HEADING = Pattern.compile("^\\s*[一1]\\s*[、.．]\\s*(总体情况|概述|概况)");
    private static final Pattern TITLE = Pattern.compile("(年度报告|年报|工作报告)");
    /** Breadcrumbs and page metadata repeat the title; they are not the title. */
    private static final Pattern NOT_TITLE = Pattern.compile("(当前位置|您的位置|所在位置|首页|[>»＞]|发布时间|来源[:：])");
    private static final int MAX_TITLE_LENGTH = 80;
    private static final Pattern PART_HEADING = Pattern.compile("^\\s*[一二三四五六]\\s*[、.．]");
    /** Footer lines (版权所有 …, ICP备 …) are short; longer paragraphs are report text. */
    private static final int MAX_FOOTER_LINE = 80;
    /** Lines of site chrome found between title and footer: font-size switches, share bars, page metadata. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^(.*字号[:：]?.*大.*中.*小.*|.*分享到.*|扫一扫.*|(发布(时间|日期)|信息来源|来源|浏览次数|点击数|阅读次数|访问量)[:：].*)$");
    /** A line made only of page actions such as "【打印本页】【关闭窗口】". */
    private static final Pattern ACTION_LINE = Pattern.compile(
            "^[【】\\[\\]|｜·\\s\\u3000]*((打印本页|关闭窗口|打印|关闭|收藏|返回顶部)[【】\\[\\]|｜·\\s\\u3000]*)+$");
    /** The first line of a site footer: everything after it is footer too. */
    private static final Pattern FOOTER = Pattern.compile(
            "(版权所有|Copyright|©|ICP备|网站标识码|公网安备|主办单位|承办单位|^上一篇|^下一篇|^相关(链接|文章|阅读))");

    private ReportBody() {
    }

    /** The report's part of a page's blocks, with chrome lines dropped. */
    static Collected of(Collected page) {
        List<Block> blocks = page.blocks();
        int start = start(blocks);
        return dropChromeLines(page.slice(start, footerStart(blocks, start)));
    }

    /**
     * Where the site footer begins: the first short footer-like line after the report's last part
     * heading (a report's own sentence may mention a 主办单位; a footer line is short).
     */
    static int footerStart(List<Block> blocks, int start) {
        int from = start + 1;
        for (int i = start + 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && PART_HEADING.matcher(p.text()).find()) {
                from = i + 1;
            }
        }
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && p.text().length() <= MAX_FOOTER_LINE && FOOTER.matcher(p.text()).find()) {
                return i;
            }
        }
        return blocks.size();
    }

    /** Drops chrome lines, keeping image marks pointing at the same neighbours. */
    private static Collected dropChromeLines(Collected body) {
        List<Block> kept = new ArrayList<>();
        int[] newIndex = new int[body.blocks().size() + 1];
        for (int i = 0; i < body.blocks().size(); i++) {
            newIndex[i] = kept.size();
            Block b = body.blocks().get(i);
            if (!(b instanceof Paragraph p && isChromeLine(p.text()))) {
                kept.add(b);
            }
        }
        newIndex[body.blocks().size()] = kept.size();
        List<Collected.ImageMark> images = body.images().stream()
                .map(m -> m.before(newIndex[m.before()]))
                .toList();
        return new Collected(kept, images);
    }

    /** Index of the title if one stands before the first statutory heading, else of that heading, else 0. */
    static int start(List<Block> blocks) {
        int heading = -1;
        for (int i = 0; i < blocks.size() && heading < 0; i++) {
            if (blocks.get(i) instanceof Paragraph p && FIRST_HEADING.matcher(p.text()).find()) {
                heading = i;
            }
        }
        int limit = heading < 0 ? blocks.size() : heading;
        for (int i = limit - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Paragraph p && isTitle(p.text())) {
                return i;
            }
        }
        return Math.max(heading, 0);
    }

    static boolean isChromeLine(String text) {
        String t = text.strip();
        return CHROME_LINE.matcher(t).matches() || ACTION_LINE.matcher(t).matches();
    }

    static boolean isTitle(String text) {
        return text.length() <= MAX_TITLE_LENGTH && TITLE.matcher(text).find() && !NOT_TITLE.matcher(text).find();
    }
}
