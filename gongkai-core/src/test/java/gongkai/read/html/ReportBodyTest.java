package gongkai.read.html;

import gongkai.read.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBodyTest {
    @Test
    void recognisesChromeLines() {
        for (String chrome : List.of("字号：大 中 小", "【字号：大 中 小】", "分享到：微信 微博", "【打印本页】　【关闭窗口】",
                "[打印] [关闭]", "发布时间：2021-01-18　　来源：青山县教育局", "浏览次数：1283")) {
            assertTrue(ReportBody.isChromeLine(chrome), chrome);
        }
        for (String text : List.of("一、总体情况", "全年共收到政府信息公开申请142件。", "（三）政府信息管理方面。")) {
            assertFalse(ReportBody.isChromeLine(text), text);
        }
    }

    @Test
    void tellsTheTitleFromBreadcrumbsThatRepeatIt() {
        assertTrue(ReportBody.isTitle("青山县教育局2020年政府信息公开工作年度报告"));
        assertFalse(ReportBody.isTitle("当前位置：首页 > 政务公开 > 青山县教育局2020年政府信息公开工作年度报告"));
        assertFalse(ReportBody.isTitle("首页 » 年度报告"));
    }

    @Test
    void startsAtTheFirstStatutoryHeadingWhenThereIsNoTitle(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<div>网站首页 政务公开</div><p>欢迎访问</p>"
                + "<p>一、总体情况</p><p>正文。</p><div>版权所有：某局</div><p>网站地图</p>");
        assertEquals(List.of("一、总体情况", "正文。"), Fixtures.paragraphs(new HtmlReader().read(page)));
    }

    @Test
    void doesNotTakeAReportSentenceAboutTheSiteForItsFooter(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>一、总体情况</p><p>网站主办单位调整后，我局及时更新了信息公开指南。</p>"
                + "<p>六、其他需要报告的事项</p><p>无。</p><div><p>主办单位：某局</p><p>备案号：ICP备123号</p></div>");
        assertEquals(List.of("一、总体情况", "网站主办单位调整后，我局及时更新了信息公开指南。", "六、其他需要报告的事项", "无。"),
                Fixtures.paragraphs(new HtmlReader().read(page)));
    }

    @Test
    void takesTheTitleFromTheHeadWhenTheBodyLacksIt(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<html><head><title>某局2021年政府信息公开工作年度报告</title></head>"
                + "<body><p>一、总体情况</p><p>正文。</p></body></html>");
        assertEquals("某局2021年政府信息公开工作年度报告", Fixtures.paragraphs(new HtmlReader().read(page)).get(0));
    }

    @Test
    void keepsADataTableWhoseCellWrapsTextInAOneCellTable(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>一、总体情况</p><table>"
                + "<tr><td><table><tr><td>自然人</td></tr></table></td><td>总计</td></tr>"
                + "<tr><td>5</td><td>5</td></tr></table>");
        var grid = Fixtures.tables(new HtmlReader().read(page)).get(0);
        assertEquals(List.of(2, 2), List.of(grid.rowCount(), grid.colCount()));
        assertEquals("自然人", grid.slots()[0][0].text());
    }
}
