package gongkai.read;

import gongkai.model.Block;
import gongkai.model.ErrorCode;
import gongkai.model.Paragraph;
import gongkai.model.ReportError;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notices statistical tables published as pictures: a part of the report that should hold a table
 * (parts 二, 三, 四) has an image and no table. The text of such a table cannot be read, so the
 * report will lack its cells; saying why is better than reporting them missing.
 */
public final class TableImages {
    /** Headings of the parts that carry tables 2, 3 and 4. */
    private static final Pattern TABLE_PART = Pattern.compile("^\\s*([二三四])\\s*[、.．]");
    private static final Pattern ANY_PART = Pattern.compile("^\\s*[一二三四五六]\\s*[、.．]");

    private TableImages() {
    }

    public static List<ReportError> problems(Collected body) {
        List<ReportError> problems = new ArrayList<>();
        List<Block> blocks = body.blocks();
        List<Integer> partStarts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && ANY_PART.matcher(p.text()).find()) {
                partStarts.add(i);
            }
        }
        for (int k = 0; k < partStarts.size(); k++) {
            int from = partStarts.get(k);
            int to = k + 1 < partStarts.size() ? partStarts.get(k + 1) : blocks.size();
            var m = TABLE_PART.matcher(((Paragraph) blocks.get(from)).text());
            if (m.find()) {
                check(body, from, to, "part " + m.group(1) + "、", problems);
            }
        }
        if (partStarts.isEmpty()) {
            check(body, 0, blocks.size(), "the report", problems);
        }
        return problems;
    }

    private static void check(Collected body, int from, int to, String where, List<ReportError> problems) {
        boolean hasTable = body.blocks().subList(from, to).stream().anyMatch(TableGrid.class::isInstance);
        List<Collected.ImageMark> images = body.images().stream()
                .filter(i -> i.before() > from && i.before() <= to)
                .toList();
        if (!hasTable && !images.isEmpty()) {
            Collected.ImageMark first = images.get(0);
            String line = first.location().line() == null ? "" : " (line " + first.location().line() + ")";
            problems.add(new ReportError(ErrorCode.TABLE_IS_IMAGE, where + " has no table but "
                    + images.size() + " image(s), first: " + first.description() + line));
        }
    }
}
