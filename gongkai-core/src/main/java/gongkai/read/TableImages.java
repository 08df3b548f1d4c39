package gongkai.read;

import gongkai.model.Block;
import gongkai.model.ErrorCode;
import gongkai.model.Paragraph;
import gongkai.model.ReportError;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Notices statistical tables published as pictures: a part of the report that should hold a table
 * (parts 二, 三, 四) has an image and no table. Such a picture is read by OCR where it can be
 * ({@link TablePictures}); where it is not, the report will lack its cells, and saying why is better than
 * reporting them missing.
 */
public final class TableImages {
    /** Headings of the parts that carry tables 2, 3 and 4. */
    private static final Pattern TABLE_PART = Pattern.compile("^\\s*([二三四])\\s*[、.．]");
    private static final Pattern ANY_PART = Pattern.compile("^\\s*[一二三四五六]\\s*[、.．]");

    private TableImages() {
    }

    public static List<ReportError> problems(Collected body) {
        return problems(body, i -> null);
    }

    /** The problems, each naming why its first picture was not read ({@code reason}: null for no reason given). */
    public static List<ReportError> problems(Collected body, Function<Collected.ImageMark, String> reason) {
        List<ReportError> problems = new ArrayList<>();
        for (Region region : regions(body)) {
            List<Collected.ImageMark> images = region.images(body);
            if (!images.isEmpty()) {
                Collected.ImageMark first = images.get(0);
                String line = first.location().line() == null ? "" : " (line " + first.location().line() + ")";
                String why = reason.apply(first);
                problems.add(new ReportError(ErrorCode.TABLE_IS_IMAGE, region.where() + " has no table but "
                        + images.size() + " image(s), first: " + first.description() + line
                        + (why == null ? "" : ": " + why)));
            }
        }
        return problems;
    }

    /** The images standing where a table should be and none is: the pictures that may be the table. */
    public static List<Collected.ImageMark> tablePictures(Collected body) {
        return regions(body).stream().flatMap(r -> r.images(body).stream()).toList();
    }

    /** A part of the report (blocks {@code from} to {@code to}) that should hold a table. */
    private record Region(int from, int to, String where) {
        /** The region's images when it holds no table; none when it does. */
        List<Collected.ImageMark> images(Collected body) {
            if (body.blocks().subList(from, to).stream().anyMatch(TableGrid.class::isInstance)) {
                return List.of();
            }
            return body.images().stream().filter(i -> i.before() > from && i.before() <= to).toList();
        }
    }

    private static List<Region> regions(Collected body) {
        List<Block> blocks = body.blocks();
        List<Integer> partStarts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && ANY_PART.matcher(p.text()).find()) {
                partStarts.add(i);
            }
        }
        List<Region> regions = new ArrayList<>();
        for (int k = 0; k < partStarts.size(); k++) {
            int from = partStarts.get(k);
            int to = k + 1 < partStarts.size() ? partStarts.get(k + 1) : blocks.size();
            var m = TABLE_PART.matcher(((Paragraph) blocks.get(from)).text());
            if (m.find()) {
                regions.add(new Region(from, to, "part " + m.group(1) + "、"));
            }
        }
        if (partStarts.isEmpty()) {
            regions.add(new Region(0, blocks.size(), "the report"));
        }
        return regions;
    }
}
