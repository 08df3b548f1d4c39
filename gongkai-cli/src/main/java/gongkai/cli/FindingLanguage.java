package gongkai.cli;

import gongkai.model.Finding;
import gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings in the language of {@code --lang}, at output time: a finding whose message is in the other language
 * is worded anew from the bundle entry {@code finding.<rule>}, with the finding's data — its table
 * ({@code %1$s}) and the printed and expected texts it quotes ({@code %2$s}, {@code %3$s}). Rules without an
 * entry, and messages already in the language, are kept as they are.
 */
final class FindingLanguage {
    private static final Pattern CJK = Pattern.compile("[\\x{4e00}-\\x{9fff}]");
    private static final Pattern TABLE = Pattern.compile("\\b(t[234])\\b|表(t[234])");
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");

    private FindingLanguage() {
    }

    static Report localise(Report report, Lang lang) {
        if (lang != Lang.en || report.findings().stream().noneMatch(f -> CJK.matcher(f.message()).find())) {
            return report;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            findings.add(localise(f, lang));
        }
        return report.withFindings(findings);
    }

    static Finding localise(Finding f, Lang lang) {
        String pattern = lang == Lang.en ? Messages.find(lang, "finding." + f.rule()) : null;
        if (pattern == null || !CJK.matcher(f.message()).find()) {
            return f;
        }
        String[] args = {table(f), "", ""};
        Matcher quoted = QUOTED.matcher(f.message());
        for (int i = 1; i < args.length && quoted.find(); i++) {
            args[i] = quoted.group(1);
        }
        String message = String.format(java.util.Locale.ROOT, pattern, (Object[]) args);
        return new Finding(f.rule(), f.severity(), f.category(), f.cells(), f.expected(), f.actual(), message);
    }

    private static String table(Finding f) {
        Matcher m = TABLE.matcher(f.message());
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return f.cells().isEmpty() ? "" : f.cells().get(0).split("\\.")[0];
    }
}
