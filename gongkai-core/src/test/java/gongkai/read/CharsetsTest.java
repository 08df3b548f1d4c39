package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    private static final String REPORT = "<html><head>%s</head><body><p>青山县教育局2020年政府信息公开工作年度报告</p>"
            + "<p>一、总体情况</p><p>全年共收到政府信息公开申请142件，其中自然人申请65件，法人或其他组织申请77件。</p></body></html>";
    private static final Charset GBK = Charset.forName("GBK");

    private static byte[] page(String meta, Charset cs) {
        return String.format(REPORT, meta).getBytes(cs);
    }

    @Test
    void usesTheDeclaredCharsetAndWidensGb2312() {
        assertEquals(Charsets.GB18030, Charsets.forHtml(page("<meta charset=\"gb2312\">", GBK)));
        assertEquals(Charsets.GB18030, Charsets.forHtml(page("<meta http-equiv=Content-Type content=\"text/html; charset=GBK\">", GBK)));
    }

    @Test
    void detectsGbkWithoutDeclaration() {
        assertEquals(Charsets.GB18030, Charsets.forHtml(page("", GBK)));
    }

    @Test
    void trustsTheBytesOverAStaleDeclaration() {
        assertEquals(StandardCharsets.UTF_8, Charsets.forHtml(page("<meta charset=\"gb2312\">", StandardCharsets.UTF_8)));
        assertEquals(Charsets.GB18030, Charsets.forHtml(page("<meta charset=\"utf-8\">", GBK)));
    }

    @Test
    void followsAByteOrderMark() {
        byte[] body = page("", StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals(StandardCharsets.UTF_16LE, Charsets.forHtml(withBom));
        assertEquals(String.format(REPORT, ""), Charsets.decode(withBom, StandardCharsets.UTF_16LE));
    }
}
