package gongkai.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agency and the report year from the title, in the forms titles take:
 * "阿勒泰地区教育局 2020 年度政府信息公开 工作年度报告", "2021年淮安市教育局政府信息公开工作年度报告",
 * "淮安市教育局政府信息公开工作2021年度报告", "淮安市教育局政府信息公开工作年度报告（2021年度）". The fuller agency name of the compiling sentence
 * ("本报告由淮安市洪泽区人民政府办公室…编制") is preferred when it ends with the title's name.
 */
final class TitleReader {
    /** Titles stand at the top; page chrome a reader did not drop rarely takes more than this. */
    private static final int TITLE_SEARCH_CHARS = 1500;
    /** How far before its 报 a title may start: agency (≤ 40), year, 政府信息公开工作年度, spaces. */
    private static final int TITLE_WINDOW = 100;
    /** How far after its 报 a title may go on: 告 and a bracketed year such as （2021年度）. */
    private static final int TITLE_TAIL = 14;
    private static final String AGENCY = "([\\p{IsHan}（）()]{2,40}?)";
    private static final String YEAR = "(\\d{4})\\s*年\\s*度?";
    private static final String DISCLOSURE = "\\s*(?:政\\s*府\\s*信\\s*息\\s*公\\s*开|政\\s*务\\s*公\\s*开)";
    private static final String REPORT = "\\s*(?:工\\s*作\\s*)?(?:年\\s*度\\s*)?(?:报\\s*告|年\\s*报)";
    /** Each pattern gives the agency in group {@code agency} and the year in group {@code year}. */
    private static final List<Pattern> TITLES = List.of(
            Pattern.compile("(?<agency>" + AGENCY.substring(1, AGENCY.length() - 1) + ")\\s*(?<year>\\d{4})\\s*年\\s*度?"
                    + DISCLOSURE + REPORT),
            Pattern.compile("(?<year>\\d{4})\\s*年\\s*度?\\s*(?<agency>" + AGENCY.substring(1, AGENCY.length() - 1) + ")"
                    + DISCLOSURE + REPORT),
            Pattern.compile("(?<agency>" + AGENCY.substring(1, AGENCY.length() - 1) + ")" + DISCLOSURE
                    + "\\s*(?:工\\s*作\\s*)?(?<year>\\d{4})\\s*年\\s*度?\\s*报\\s*告"),
            Pattern.compile("(?<agency>" + AGENCY.substring(1, AGENCY.length() - 1) + ")" + DISCLOSURE + REPORT
                    + "\\s*[（(]\\s*(?<year>\\d{4})\\s*年?\\s*度?\\s*[）)]"));
    private static final Pattern COMPILER = Pattern.compile("本报告由\\s*([\\p{IsHan}]{2,40}?)办公室");
    private static final Pattern ANY_YEAR = Pattern.compile(YEAR);
    private static final Pattern LEADING_NOISE = Pattern.compile("^(关于|标题|印发|公布)+");

    record Title(String agency, Integer year) {
    }

    Title read(String text) {
        String head = text.substring(0, Math.min(text.length(), TITLE_SEARCH_CHARS));
        Matcher best = null;
        // A title ends in 报告 or 年报: the patterns run only on a short window before each 报, as running
        // them from every position of the head backtracks over every run of Han characters.
        for (int at = head.indexOf('报'); at >= 0 && best == null; at = head.indexOf('报', at + 1)) {
            String window = head.substring(Math.max(0, at - TITLE_WINDOW), Math.min(head.length(), at + TITLE_TAIL));
            for (Pattern title : TITLES) {
                Matcher m = title.matcher(window);
                if (m.find() && (best == null || m.start() < best.start())) {
                    best = m;
                }
            }
        }
        if (best == null) {
            Matcher y = ANY_YEAR.matcher(head);
            return new Title(null, y.find() ? Integer.valueOf(y.group(1)) : null);
        }
        String agency = LEADING_NOISE.matcher(best.group("agency")).replaceFirst("");
        return new Title(fuller(agency, text), Integer.valueOf(best.group("year")));
    }

    private static String fuller(String agency, String text) {
        Matcher c = COMPILER.matcher(text);
        if (c.find() && c.group(1).endsWith(agency) && c.group(1).length() > agency.length()) {
            return c.group(1);
        }
        return agency;
    }
}
