package gongkai.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times how long the audit site's index takes to load in headless Chromium (navigation to load event,
 * median of runs after one warm-up); figures in docs/benchmarks.md. Usage: {@code java -cp
 * target/test-classes:target/gongkai.jar gongkai.support.SiteLoadBench DIR/report [RUNS]}.
 */
public final class SiteLoadBench {
    private SiteLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (HeadlessChromium browser = new HeadlessChromium(HeadlessChromium.find().orElseThrow(), 1500, 1100)) {
            String url = site.resolve("index.html").toUri().toString();
            browser.open(url);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(browser.open(url));
            }
            Collections.sort(times);
            int rows = browser.evaluate("document.querySelectorAll('#reports tbody tr').length").asInt();
            String timing = browser.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0]; "
                    + "return 'domInteractive ' + Math.round(n.domInteractive) + ' ms, DOMContentLoaded ' "
                    + "+ Math.round(n.domContentLoadedEventEnd) + ' ms, load ' + Math.round(n.loadEventEnd) + ' ms'; })()").asText();
            System.out.println("index of " + rows + " reports: load " + times.get(times.size() / 2) + " ms median, "
                    + times + " ms; last run in the page: " + timing + "; errors " + browser.errors());
        }
    }
}
