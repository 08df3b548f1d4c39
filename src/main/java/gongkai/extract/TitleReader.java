package gongkai.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agency and the report year from the title ("阿勒泰地区教育局 2020 年度政府信息公开 工作年度报告"),
 * preferring the fuller agency name of the compiling sentence ("本报告由淮安市洪泽区人民政府办公室…编制")
 * when it ends with the title's name.
 */
final class TitleReader {
    private static final int TITLE_SEARCH_CHARS = 3000;
    private static final Pattern TITLE = Pattern.compile(
            "([\\p{IsHan}（）()]{2,40}?)\\s*(\\d{4})\\s*年\\s*度?\\s*(?:政府信息公开|政务公开)\\s*工\\s*作\\s*年\\s*度\\s*报\\s*告");
    private static final Pattern SPLIT_TITLE = Pattern.compile(
            "([\\p{IsHan}（）()]{2,40})\\s*\\n\\s*(\\d{4})\\s*年\\s*度?\\s*(?:政府信息公开|政务公开)");
    private static final Pattern COMPILER = Pattern.compile("本报告由\\s*([\\p{IsHan}]{2,40}?)办公室");
    private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})\\s*年");

    record Title(String agency, Integer year) {
    }

    Title read(String text) {
        String head = text.substring(0, Math.min(text.length(), TITLE_SEARCH_CHARS));
        Matcher m = SPLIT_TITLE.matcher(head);
        Matcher t = TITLE.matcher(head);
        String agency = null;
        Integer year = null;
        if (t.find()) {
            agency = t.group(1);
            year = Integer.valueOf(t.group(2));
        } else if (m.find()) {
            agency = m.group(1);
            year = Integer.valueOf(m.group(2));
        }
        if (agency != null) {
            agency = agency.replaceAll("^(关于|标题)", "");
            Matcher c = COMPILER.matcher(text);
            if (c.find() && c.group(1).endsWith(agency) && c.group(1).length() > agency.length()) {
                agency = c.group(1);
            }
        }
        if (year == null) {
            Matcher y = ANY_YEAR.matcher(head);
            year = y.find() ? Integer.valueOf(y.group(1)) : null;
        }
        return new Title(agency, year);
    }
}
