package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FuzzyTextTest {
    @Test
    void aPhraseWithOneCharacterMisreadIsFound() {
        assertTrue(FuzzyText.nearlyContains("1.申请人无正当理由逾期不补正、行政机关", "逾期不补正"));
        assertTrue(FuzzyText.nearlyContains("申请人无正当理由逾其不补正、行政机关", "逾期不补正"));
        assertTrue(FuzzyText.nearlyContains("申请人逾期未按收费通知要未缴纳费用、行政", "逾期未按收费通知要求缴纳费用"));
        assertTrue(FuzzyText.nearlyContains("申请人逾期未按收费週知要求缴钠费用", "逾期未按收费通知要求缴纳费用"));
    }

    @Test
    void twoMisreadOfFiveOrTheWordsOfAnotherRowAreNotFound() {
        assertFalse(FuzzyText.nearlyContains("申请人无正当理由逾其不补止、行政机关", "逾期不补正"));
        // the 2019 table 3's labels hold none of the 2021 fingerprints
        assertFalse(FuzzyText.nearlyContains("不予处理信访举报投诉类申请重复申请要求提供公开出版物无正当理由大量反复申请"
                + "要求行政机关确认或重新出具已获取信息其他处理信息公开申请办理结果总计结转下年度继续办理", "逾期不补正"));
        assertFalse(FuzzyText.nearlyContains("不予处理信访举报投诉类申请重复申请要求提供公开出版物其他处理结转下年度继续办理",
                "逾期未按收费通知要求缴纳费用"));
    }

    @Test
    void aShortPhraseMustStandWhole() {
        assertTrue(FuzzyText.nearlyContains("行政复议", "行政复议"));
        assertFalse(FuzzyText.nearlyContains("行政复仪", "行政复议"));
    }
}
