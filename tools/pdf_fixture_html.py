#!/usr/bin/env python3
"""Writes a made-up annual report (政府信息公开工作年度报告) as HTML plus its expected cells as JSON.

The numbers are random but satisfy the sum rules of formats.md §5 (H1-H4), seeded by the fixture name so
reruns are identical. Usage: pdf_fixture_html.py NAME VERSION [narrow] [borderless] [radicals] [split] [planted] [wide]
[stacked] OUTDIR
(planted: table 4's 行政复议 总计 printed 0 beside non-zero parts, a filing error for the audit view;
wide: tables 3 and 4 with fixed column widths wider than the page, so that their last columns fall past the page's
edge and are not in the PDF — they are left out of the expected cells;
stacked: table 3's and 4's number columns so narrow that their 3-5 digit values wrap inside the cell)
"""
import fnmatch
import json
import random
import sys

APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
              "legal_service_org", "other_org"]
RESULT_ROWS = [  # (group label, group key, [(label, key)]) in printed order; None group = row of its own
    (None, None, [("（一）予以公开", "granted")]),
    (None, None, [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial")]),
    ("（三）不予公开", "denied", [("1.属于国家秘密", "state_secret"), ("2.其他法律行政法规禁止公开", "law_prohibited"),
                             ("3.危及“三安全一稳定”", "security_stability"), ("4.保护第三方合法权益", "third_party"),
                             ("5.属于三类内部事务信息", "internal_affairs"), ("6.属于四类过程性信息", "process_info"),
                             ("7.属于行政执法案卷", "enforcement_file"), ("8.属于行政查询事项", "admin_query")]),
    ("（四）无法提供", "unavailable", [("1.本机关不掌握相关政府信息", "not_held"),
                               ("2.没有现成信息需要另行制作", "needs_creation"),
                               ("3.补正后申请内容仍不明确", "still_unclear")]),
    ("（五）不予处理", "not_processed", [("1.信访举报投诉类申请", "petition_complaint"), ("2.重复申请", "duplicate"),
                                 ("3.要求提供公开出版物", "publication"), ("4.无正当理由大量反复申请", "mass_repeat"),
                                 ("5.要求行政机关确认或重新出具已获取信息", "confirm_or_reissue")]),
]
OTHER_V2021 = ("（六）其他处理", "other", [
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "overdue_no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "overdue_no_fee"),
    ("3.其他", "other")])
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
# wide: A4 and LibreOffice's margins put the page's edge ~717 px from the text's left: table 3's value columns
# (90 px after 300 px of labels) are cut inside 法律服务机构, table 4's (64 px) inside its 12th column
CUT_BY_THE_EDGE = ["t3.*.legal_service_org", "t3.*.other_org", "t3.*.total", "t4.lit_after_review.corrected",
                   "t4.lit_after_review.other", "t4.lit_after_review.pending", "t4.lit_after_review.total"]
STACKED_VALUE = 22  # px: two digits a line (Chromium breaks a number inside its cell with word-break:break-all)
RADICALS = {"一": "\u2f00", "长": "\u2ee5"}  # ⼀ KANGXI RADICAL ONE, ⻓ CJK RADICAL C-SIMPLIFIED LONG


class Report:
    def __init__(self, name, version, options):
        self.rand = random.Random(name)
        self.version = version
        self.options = options
        self.cells = {}

    def put(self, cell_id, raw, value=None):
        self.cells[cell_id] = {"kind": "number", "value": value if value is not None else int(raw), "raw": raw}
        return raw

    def label(self, text):
        if "radicals" in self.options:
            for plain, radical in RADICALS.items():
                text = text.replace(plain, radical)
        return text

    def td(self, text, rowspan=1, colspan=1, width=None):
        attrs = "" if rowspan == 1 else f' rowspan="{rowspan}"'
        attrs += "" if colspan == 1 else f' colspan="{colspan}"'
        attrs += f' width="{width}"' if width else ""
        attrs += ' valign="top"' if "borderless" in self.options else ""
        return f"<td{attrs}>{text}</td>"

    def table_open(self, widths=None):
        if widths:  # fixed column widths; LibreOffice keeps a table wider than the page and cuts it at the edge
            style = ' style="table-layout:fixed;word-break:break-all"' if "stacked" in self.options else ""
            border = 'border="0" cellspacing="0" cellpadding="8"' if "borderless" in self.options \
                else 'border="1" cellspacing="0" cellpadding="2"'
            return f'<table {border} width="{sum(widths)}"{style}>' + self.colgroup(widths)
        if "borderless" in self.options:  # no rules; roomy cells so that columns stay apart
            return '<table border="0" cellspacing="0" cellpadding="6" width="100%">'
        return '<table border="1" cellspacing="0" cellpadding="2" width="100%">'

    def t2(self):
        rows = [self.table_open()]
        if self.version == "v2021":
            blocks = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
                       [("规章", "a20_1.regulation"), ("行政规范性文件", "a20_1.normative_doc")], ["issued", "repealed", "in_force"]),
                      ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "a20_5.licensing")], ["decisions"]),
                      ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "a20_6.penalty"), ("行政强制", "a20_6.coercion")], ["decisions"]),
                      ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "a20_8.admin_fee")], ["amount"])]
        else:
            mgmt = ["上一年项目数量", "本年增/减", "处理决定数量"]
            blocks = [("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                       [("规章", "a20_1.regulation"), ("规范性文件", "a20_1.normative_doc")], ["new_made", "new_published", "total_published"]),
                      ("第二十条第（五）项", mgmt, [("行政许可", "a20_5.licensing"), ("其他对外管理服务事项", "a20_5.other_service")],
                       ["prev_year_items", "change", "decisions"]),
                      ("第二十条第（六）项", mgmt, [("行政处罚", "a20_6.penalty"), ("行政强制", "a20_6.coercion")],
                       ["prev_year_items", "change", "decisions"]),
                      ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "a20_8.admin_fee")], ["prev_year_items", "change"]),
                      ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "a20_9.procurement")], ["items", "amount"])]
        for title, headers, items, columns in blocks:
            rows.append("<tr>" + self.td(title, colspan=4) + "</tr>")
            rows.append("<tr>" + self.td("信息内容") + self.spread(headers) + "</tr>")
            for label, key in items:
                values = [self.t2_value(f"t2.{key}.{col}", col) for col in columns]
                rows.append("<tr>" + self.td(label) + self.spread(values) + "</tr>")
        rows.append("</table>")
        return "\n".join(rows)

    def spread(self, texts):
        """Texts over the 3 value columns: one text spans all three, two texts split them 1 + 2."""
        if len(texts) == 1:
            return self.td(texts[0], colspan=3)
        if len(texts) == 2:
            return self.td(texts[0]) + self.td(texts[1], colspan=2)
        return "".join(self.td(t) for t in texts)

    def t2_value(self, cell_id, column):
        if column == "change":
            n = self.rand.randint(-9, 9)
            return self.put(cell_id, f"{n:+d}" if n else "0", n)
        if column == "amount" and self.version == "v2021":
            wan = self.rand.randint(1000, 99999) / 10
            return self.put(cell_id, f"{wan}", wan)
        if column == "amount":
            yuan = self.rand.randint(1, 900) * 1000
            return self.put(cell_id, f"{yuan}元", yuan / 10000)
        return self.put(cell_id, str(self.rand.randint(0, 400)))

    def result_rows(self):
        groups = list(RESULT_ROWS)
        groups.append(OTHER_V2021 if self.version == "v2021" else (None, None, [("（六）其他处理", "other")]))
        return groups

    def t3_numbers(self):
        """Per T3 row key, the 6 applicant values; result rows random, flows balanced per column (H1, H3)."""
        numbers = {}
        for _, group, items in self.result_rows():
            for _, key in items:
                weight = 40 if key in ("granted", "not_held") else 6
                numbers[f"{group}.{key}" if group else key] = [self.number(0, weight) for _ in APPLICANTS]
        total = [sum(v[i] for v in numbers.values()) for i in range(len(APPLICANTS))]
        numbers["result_total"] = total
        numbers["carried_out"] = [self.number(0, 5) for _ in APPLICANTS]
        numbers["carried_in"] = [min(self.number(0, 5), t) for t in total]
        numbers["new_received"] = [t + o - i for t, o, i in
                                   zip(total, numbers["carried_out"], numbers["carried_in"])]
        return numbers

    def t3_values(self, numbers, key):
        values = numbers[key] + [sum(numbers[key])]
        cols = APPLICANTS + ["total"]
        return "".join(self.td(self.put(f"t3.{key}.{c}", str(v))) for c, v in zip(cols, values))

    def t3(self):
        narrow = "narrow" in self.options
        w1, w2 = (14, 30) if narrow else (None, None)
        numbers = self.t3_numbers()
        head = ["<tr>" + self.td(self.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3)
                + self.td("申请人情况", colspan=7) + "</tr>",
                "<tr>" + self.td("自然人", 2) + self.td("法人或其他组织", colspan=5) + self.td("总计", 2) + "</tr>",
                "<tr>" + "".join(self.td(t) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>"]
        body = ["<tr>" + self.td(self.label("一、本年新收政府信息公开申请数量"), colspan=3) + self.t3_values(numbers, "new_received") + "</tr>",
                "<tr>" + self.td("二、上年结转政府信息公开申请数量", colspan=3) + self.t3_values(numbers, "carried_in") + "</tr>"]
        span = 1 + sum(len(items) for _, _, items in self.result_rows())  # result rows plus （七）总计
        first = True
        for group_label, group, items in self.result_rows() + [(None, None, [("（七）总计", "result_total")])]:
            for i, (label, key) in enumerate(items):
                row = self.td(self.label("三、本年度办理结果"), span, width=w1) if first else ""
                first = False
                if group is None:
                    row += self.td(self.label(label), colspan=2)
                else:
                    row += (self.td(group_label, len(items), width=w2) if i == 0 else "") + self.td(label)
                body.append("<tr>" + row + self.t3_values(numbers, f"{group}.{key}" if group else key) + "</tr>")
        body.append("<tr>" + self.td("四、结转下年度继续办理", colspan=3) + self.t3_values(numbers, "carried_out") + "</tr>")
        thead = "<thead>" + "".join(head) + "</thead>" if "split" in self.options else "".join(head)
        cols = ""
        if narrow:  # label columns one or two characters wide: labels wrap, 三、本年度办理结果 one char per line
            cols = self.colgroup([14, 30, 200] + [50] * 7)
        return self.table_open(self.fixed_widths([40, 60, 200], 7, 90)) + cols + thead + "<tbody>" + "\n".join(body) \
            + "</tbody></table>"

    def fixed_widths(self, labels, values, wide):
        """Column widths (px) of a wide or stacked table, None otherwise: the label columns', then the values'."""
        if "wide" in self.options:
            return labels + [wide] * values
        if "stacked" in self.options:  # a value column two digits wide: longer values wrap inside the cell
            value = STACKED_VALUE + (12 if "borderless" in self.options else 0)  # the same two digits, wider gaps
            return [40, 80, 300][:len(labels)] + [value] * values
        return None

    def number(self, low, high):
        """A random count; a stacked fixture's are 3-5 digits long, so that they wrap in their narrow cells."""
        return self.rand.randint(low, high) if "stacked" not in self.options else self.rand.randint(100, 9999)

    def colgroup(self, widths):
        return "<colgroup>" + "".join(f'<col width="{w}">' for w in widths) + "</colgroup>"

    def t4(self):
        subs = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        cells = []
        for group in ["review", "lit_direct", "lit_after_review"]:
            parts = [self.number(0, 9) for _ in range(4)]
            total = sum(parts)
            if "planted" in self.options and group == "review":  # a filing error: total printed 0
                parts[0], total = max(parts[0], 1), 0
            for col, v in zip(["upheld", "corrected", "other", "pending", "total"], parts + [total]):
                cells.append(self.td(self.put(f"t4.{group}.{col}", str(v))))
        return (self.table_open(self.fixed_widths([], 15, 64))
                + "<tr>" + self.td("行政复议", colspan=5) + self.td("行政诉讼", colspan=10) + "</tr>"
                + "<tr>" + "".join(self.td(s, 2) for s in subs) + self.td("未经复议直接起诉", colspan=5)
                + self.td("复议后起诉", colspan=5) + "</tr>"
                + "<tr>" + "".join(self.td(s) for s in subs * 2) + "</tr>"
                + "<tr>" + "".join(cells) + "</tr></table>")

    def html(self, title):
        t2, t3, t4 = self.t2(), self.t3(), self.t4()
        received = self.cells["t3.new_received.total"]["raw"]
        style = "body{font-family:'WenQuanYi Zen Hei';font-size:12pt} td{font-size:9pt;text-align:center}"
        if "split" in self.options:
            style += " td{padding:3pt 2pt}"
        if "stacked" in self.options:  # a row is not split by the page break: its digits stay in one cell box
            style += " tr{break-inside:avoid}"
        parts = [f"<html><head><meta charset=\"utf-8\"><title>{title}</title><style>{style}</style></head><body>",
                 f"<h2 style=\"text-align:center\">{title}</h2>",
                 "<p>本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自1月1日至12月31日。</p>",
                 f"<p><b>{HEADINGS[0]}</b></p>",
                 self.label(f"<p>本年度共受理政府信息公开申请{received}件，办公室长期坚持一事一审。</p>"),
                 f"<p><b>{HEADINGS[1]}</b></p>", t2,
                 f"<p><b>{HEADINGS[2]}</b></p>", t3,
                 f"<p><b>{HEADINGS[3]}</b></p>", t4,
                 f"<p><b>{HEADINGS[4]}</b></p>", "<p>政策解读质量仍需提升，队伍建设还需加强。</p>",
                 f"<p><b>{HEADINGS[5]}</b></p>", "<p>无。</p>", "</body></html>"]
        return "\n".join(parts)


def main():
    name, version, *options, outdir = sys.argv[1:]
    report = Report(name, version, set(options))
    html = report.html(f"某某县人民政府{'2020' if version == 'v2019' else '2023'}年政府信息公开工作年度报告")
    with open(f"{outdir}/{name}.html", "w", encoding="utf-8") as f:
        f.write(html + "\n")
    if "wide" in options:  # the columns past the page's edge are not in the PDF
        report.cells = {k: v for k, v in report.cells.items()
                        if not any(fnmatch.fnmatchcase(k, pattern) for pattern in CUT_BY_THE_EDGE)}
    expected = {"format_version": version, "sections": {f"s{i + 1}": h for i, h in enumerate(HEADINGS)},
                "cells": report.cells}
    with open(f"{outdir}/{name}.expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
