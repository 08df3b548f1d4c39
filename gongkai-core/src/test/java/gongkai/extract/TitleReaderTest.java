package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleReaderTest {
    private final TitleReader reader = new TitleReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "阿勒泰地区教育局 2020 年度政府信息公开 工作年度报告|阿勒泰地区教育局|2020",
        "淮安市人民政府⏎     2024 年政府信息公开工作年度报告|淮安市人民政府|2024",
        "2021年淮安市教育局政府信息公开工作年度报告|淮安市教育局|2021",
        "淮安市教育局政府信息公开工作2021年度报告|淮安市教育局|2021",
        "标题: 平潭综合实验区2021年度政府信息公开工作年度报告|平潭综合实验区|2021",
        "上海市人民政府办公厅2019年政府信息公开工作年度报告|上海市人民政府办公厅|2019",
        "某某县2022年度政务公开工作年度报告|某某县|2022",
        "某某市教育局政府信息公开工作年度报告（2021年度）|某某市教育局|2021"})
    void readsAgencyAndYearFromTheTitle(String title, String agency, int year) {
        TitleReader.Title t = reader.read(title.replace("⏎", "\n") + "\n一、总体情况\n");
        assertEquals(agency, t.agency());
        assertEquals(year, t.year());
    }

    @Test
    void prefersTheFullerNameOfTheCompilingSentence() {
        TitleReader.Title t = reader.read("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据《条例》编制。");
        assertEquals("淮安市洪泽区人民政府", t.agency());
        assertEquals(2023, t.year());
    }

    @Test
    void givesNoAgencyWithoutATitle() {
        TitleReader.Title t = reader.read("2020年，本机关认真贯彻落实《条例》。");
        assertNull(t.agency());
        assertEquals(2020, t.year());
    }
}
