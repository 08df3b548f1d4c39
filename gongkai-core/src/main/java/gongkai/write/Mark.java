package gongkai.write;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.util.Collection;
import java.util.Comparator;

/**
 * How a finding is shown in the auditor's views: ERROR and WARNING for the publisher's filing and format problems, DOUBT for our
 * own uncertain reading (extraction findings, never the publisher's fault), NOTE for suggestions. Declared
 * from the most to the least serious.
 */
public enum Mark {
    ERROR, WARNING, DOUBT, NOTE;

    public static Mark of(Finding finding) {
        if (finding.category() == Category.EXTRACTION) {
            return DOUBT;
        }
        return finding.severity() == Severity.ERROR ? ERROR : finding.severity() == Severity.WARNING ? WARNING : NOTE;
    }

    /** The most serious mark among findings (null when there are none). */
    public static Mark worst(Collection<Finding> findings) {
        return findings.stream().map(Mark::of).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The lower-case name, used as CSS class and in the workbook. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
