package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongkai.support.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit site in a real browser (the system's headless Chromium, skipped when absent): pages load without
 * console errors, the page pictures load, the marked cells carry {@code violation}, clicking a cell
 * highlights its box; screenshots are kept in target/audit-test.
 */
class AuditBrowserTest {
    private static final Path SHOTS = Path.of("target", "audit-test");
    private static HeadlessChromium browser;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.find().isPresent(), "chromium is not installed: the browser tests are skipped");
        site = AuditRuns.sharedSite();
        browser = new HeadlessChromium(HeadlessChromium.find().get(), 1500, 1100);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(String name) {
        return site.resolve(name).toAbsolutePath().toUri().toString();
    }

    /** The report page's name, found through the index as an auditor would. */
    private static String reportPage(String fileName) throws Exception {
        browser.open(url("index.html"));
        return browser.evaluate("Array.from(document.querySelectorAll('#reports tbody tr')).find(r => "
                + "r.querySelector('td.file').textContent === '" + fileName + "').querySelector('a').getAttribute('href')").asText();
    }

    @Test
    void aBrokenPageIsCaught() throws Exception {
        browser.open("data:text/html,<img src='file:///nonexistent/gongkai.png'><script>notDefined()</script>");
        List<String> errors = browser.errors();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("exception:") && e.contains("notDefined")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("log:")), errors.toString());
    }

    @Test
    void indexLoadsSortsAndFilters() throws Exception {
        browser.open(url("index.html"));
        assertEquals(List.of(), browser.errors());
        int rows = AuditRuns.hasHongze() ? 2 : 1;
        assertEquals(rows, browser.evaluate("document.querySelectorAll('#reports tbody tr').length").asInt());
        browser.evaluate("document.querySelectorAll('#reports th')[4].click()"); // errors, ascending
        browser.evaluate("document.querySelectorAll('#reports th')[4].click()"); // descending
        assertEquals(AuditRuns.hasHongze() ? "2" : "1",
                browser.evaluate("document.querySelector('#reports tbody tr td:nth-child(5)').textContent").asText());
        browser.evaluate("(() => { const f = document.getElementById('filter'); f.value = 'planted'; "
                + "f.dispatchEvent(new Event('input')); })()");
        assertEquals(1, browser.evaluate("Array.from(document.querySelectorAll('#reports tbody tr')).filter(r => !r.hidden).length").asInt());
        browser.screenshot(SHOTS.resolve("index.png"));
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void plantedErrorPageShowsTheMarkedCellsAndTheirBoxes() throws Exception {
        checkReportPage("v2021_planted_error.pdf", List.of("t4.review.total"), "planted.png");
    }

    @Test
    void hongzePageShowsItsTwoTable4Errors() throws Exception {
        assumeTrue(AuditRuns.hasHongze(), "development corpus absent: " + AuditRuns.HONGZE);
        checkReportPage("jiangsu_huaian_hongze_qzf_2023.pdf", List.of("t4.review.total", "t4.lit_after_review.total"),
                "hongze.png");
    }

    private static void checkReportPage(String fileName, List<String> errors, String shot) throws Exception {
        browser.open(url(reportPage(fileName)));
        assertEquals(List.of(), browser.errors());
        assertTrue(browser.evaluate("document.images.length > 0 && Array.from(document.images)"
                + ".every(i => i.complete && i.naturalWidth > 0)").asBoolean(), "page pictures load");
        for (String id : errors) {
            String cell = "document.querySelector('td[data-cell=\"" + id + "\"]')";
            assertTrue(browser.evaluate(cell + ".classList.contains('violation') && " + cell + ".classList.contains('error')")
                    .asBoolean(), id);
            browser.evaluate(cell + ".click()");
            assertTrue(browser.evaluate("document.querySelector('rect[data-cell=\"" + id + "\"]').classList.contains('active')")
                    .asBoolean(), id + " box highlighted");
            assertTrue(browser.evaluate("!document.getElementById('tip').hidden && "
                    + "document.getElementById('tip').textContent.includes('t4.total')").asBoolean(), id + " tip");
        }
        browser.evaluate("document.getElementById('tip').hidden = true");
        browser.screenshot(SHOTS.resolve(shot));
        assertEquals(List.of(), browser.errors());
    }
}
