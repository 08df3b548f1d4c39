package gongkai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void mapsKangxiRadicalsToIdeographs() {
        assertEquals("一、总体情况", Normalizer.normalize("\u2F00、总体情况"));
    }

    @Test
    void mapsSupplementRadicalsThatNfkcLeavesAlone() {
        assertEquals("长期", Normalizer.normalize("\u2ED3期"));
        assertEquals("门户网站", Normalizer.normalize("\u2ED4\u2F3E网站"));
    }

    @Test
    void turnsFullWidthDigitsAndSignsIntoAscii() {
        assertEquals("+12 -3 4.5", Normalizer.normalize("＋１２ －３ ４．５"));
    }

    @Test
    void keepsFullWidthChinesePunctuation() {
        assertEquals("（一）予以公开：", Normalizer.normalize("（一）予以公开："));
    }

    @Test
    void removesSpacesBetweenHanCharactersButNotBetweenDigits() {
        assertEquals("三、本年度办理结果", Normalizer.normalize("三、本 年度 办理 结果"));
        assertEquals("(三)不予公开", Normalizer.normalize("(三) 不予公 开"));
        assertEquals("200 000121", Normalizer.normalize("200 000121"));
    }

    @Test
    void mapsIdeographicAndNoBreakSpacesToPlainSpaces() {
        assertEquals("2020 年", Normalizer.normalize("2020\u3000年"));
        assertEquals("", Normalizer.normalize("\u00A0").strip());
    }

    @Test
    void labelKeyIgnoresSpacesAndBracketForms() {
        assertEquals(Normalizer.labelKey("（三）不予公开"), Normalizer.labelKey("(三) 不予公 开"));
    }

    @Test
    void wordsDropNumberingAndPunctuation() {
        assertEquals("属于国家秘密", Normalizer.words("1.属于国家秘密"));
        assertEquals("属于国家秘密", Normalizer.words("1、属于国家秘密"));
        assertEquals("予以公开", Normalizer.words("（一）予以公开"));
        assertEquals("本年新收政府信息公开申请数量", Normalizer.words("一、本年新收政府信息公开申请数量"));
        assertEquals("危及三安全一稳定", Normalizer.words("3.危及“三安全一稳定”"));
    }
}
