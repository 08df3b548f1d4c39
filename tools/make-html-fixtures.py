#!/usr/bin/env python3
"""Writes the made-up HTML report fixtures and their expected cells (test-fixtures/html/).

Every agency and number here is invented. Numbers are drawn from a seeded generator and then forced
to satisfy the sum rules of spec/formats.md §5 (H1-H4), so a checker finds nothing to report.
Labels are exactly those of spec/cells.md.

usage: tools/make-html-fixtures.py [--word-src DIR]
  --word-src DIR  also write clean UTF-8 copies without site chrome (what a Word report would hold),
                  for tools/make-word-fixtures.sh to convert with LibreOffice.
"""
import json, os, random, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test-fixtures", "html")

COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
        "legal_service_org", "other_org", "total"]
APPLICANTS = COLS[:6]
DENIED = [("state_secret", "1.属于国家秘密"), ("law_prohibited", "2.其他法律行政法规禁止公开"),
          ("security_stability", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
          ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
          ("enforcement_file", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项")]
UNAVAILABLE = [("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
               ("still_unclear", "3.补正后申请内容仍不明确")]
NOT_PROCESSED = [("petition_complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
                 ("publication", "3.要求提供公开出版物"), ("mass_repeat", "4.无正当理由大量反复申请"),
                 ("confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_V21 = [("overdue_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
             ("overdue_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
             ("other", "3.其他")]
T4_GROUPS = ["review", "lit_direct", "lit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]
T4_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
TABLE_ATTRS = 'border="1" cellspacing="0" cellpadding="2" width="100%"'


def result_rows(version):
    """(row key, group label or None, label) of table 3's result rows, in printed order."""
    rows = [("granted", None, "（一）予以公开"),
            ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    rows += [("denied." + k, "（三）不予公开", l) for k, l in DENIED]
    rows += [("unavailable." + k, "（四）无法提供", l) for k, l in UNAVAILABLE]
    rows += [("not_processed." + k, "（五）不予处理", l) for k, l in NOT_PROCESSED]
    if version == "v2019":
        rows.append(("other", None, "（六）其他处理"))
    else:
        rows += [("other." + k, "（六）其他处理", l) for k, l in OTHER_V21]
    return rows


def t3_values(rng, version, scale, carried_in=None):
    """Per row, the six applicant values and their total, satisfying H1-H3; carried_in (six values)
    continues the previous year's carried_out (cross-year rule X1)."""
    weights = [1.0, 0.35, 0.05, 0.05, 0.1, 0.15]
    v = {}
    for key, _, _ in result_rows(version):
        heavy = key in ("granted", "unavailable.not_held", "partial", "not_processed.duplicate")
        v[key] = [rng.randint(0, max(0, int(scale * w * (1.0 if heavy else 0.12)))) if rng.random() < (0.9 if heavy else 0.35) else 0
                  for w in weights]
    v["result_total"] = [sum(v[k][c] for k, _, _ in result_rows(version)) for c in range(6)]
    v["carried_in"] = list(carried_in) if carried_in else [rng.randint(0, max(1, x // 8)) for x in v["result_total"]]
    v["carried_out"] = [rng.randint(0, max(1, x // 6)) for x in v["result_total"]]
    v["new_received"] = [t + o - i for t, o, i in zip(v["result_total"], v["carried_out"], v["carried_in"])]
    # Keep H1 exact where a large carry-in would make new requests negative: carry more out instead.
    v["carried_out"] = [o - min(n, 0) for o, n in zip(v["carried_out"], v["new_received"])]
    v["new_received"] = [max(n, 0) for n in v["new_received"]]
    for key in v:
        v[key] = v[key] + [sum(v[key])]
    return v


def t4_values(rng):
    out = {}
    for g in T4_GROUPS:
        parts = [rng.randint(0, 6), rng.randint(0, 3), rng.randint(0, 2), rng.randint(0, 2)]
        out[g] = parts + [sum(parts)]
    return out


def num(value):
    return {"kind": "number", "value": value, "raw": str(value)}


EMPTY = {"kind": "empty", "value": None, "raw": ""}


def cell(text, rowspan=1, colspan=1):
    attrs = (' rowspan="%d"' % rowspan if rowspan > 1 else "") + (' colspan="%d"' % colspan if colspan > 1 else "")
    return '<td align="center"%s>%s</td>' % (attrs, text)


def tr(*cells):
    return "<tr>" + "".join(cells) + "</tr>"


# ---- table 2 -------------------------------------------------------------------------------------

def t2_blocks(version, rng):
    """(block label, [(col key, header)], [(row key, label, [raw values])]) with made-up values."""
    def counts(n, hi):
        return [str(rng.randint(0, hi)) for _ in range(n)]

    def signed():
        d = rng.choice([-3, -2, -1, 0, 1, 2, 4, 7])
        return "+%d" % d if d > 0 else str(d)

    if version == "v2019":
        made = [rng.randint(0, 3), rng.randint(2, 12)]
        a20_1 = [[str(m), str(m), str(m + rng.randint(5, 60))] for m in made]
        return [
            ("第二十条第（一）项", [("new_made", "本年新制作数量"), ("new_published", "本年新公开数量"), ("total_published", "对外公开总数量")],
             [("regulation", "规章", a20_1[0]), ("normative_doc", "规范性文件", a20_1[1])]),
            ("第二十条第（五）项", [("prev_year_items", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")],
             [("licensing", "行政许可", [str(rng.randint(20, 90)), signed(), str(rng.randint(100, 4000))]),
              ("other_service", "其他对外管理服务事项", [str(rng.randint(0, 30)), signed(), str(rng.randint(0, 900))])]),
            ("第二十条第（六）项", [("prev_year_items", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")],
             [("penalty", "行政处罚", [str(rng.randint(50, 300)), signed(), str(rng.randint(0, 120))]),
              ("coercion", "行政强制", [str(rng.randint(0, 40)), signed(), str(rng.randint(0, 30))])]),
            ("第二十条第（八）项", [("prev_year_items", "上一年项目数量"), ("change", "本年增/减")],
             [("admin_fee", "行政事业性收费", [str(rng.randint(0, 12)), signed()])]),
            ("第二十条第（九）项", [("items", "采购项目数量"), ("amount", "采购总金额")],
             [("procurement", "政府集中采购", [str(rng.randint(1, 40)), "%d元" % (rng.randint(10, 900) * 1000)])]),
        ]
    return [
        ("第二十条第（一）项", [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")],
         [("regulation", "规章", ["0", "0", "0"]), ("normative_doc", "行政规范性文件", counts(1, 9) + counts(1, 4) + [str(rng.randint(10, 80))])]),
        ("第二十条第（五）项", [("decisions", "本年处理决定数量")], [("licensing", "行政许可", [str(rng.randint(300, 9000))])]),
        ("第二十条第（六）项", [("decisions", "本年处理决定数量")],
         [("penalty", "行政处罚", [str(rng.randint(10, 900))]), ("coercion", "行政强制", [str(rng.randint(0, 60))])]),
        ("第二十条第（八）项", [("amount", "本年收费金额（单位：万元）")],
         [("admin_fee", "行政事业性收费", ["%.2f" % (rng.randint(100, 99999) / 100)])]),
    ]


def follow_previous(blocks, previous):
    """Makes table 2 continue last year's report: v2019 上一年项目数量 = last year's + its 本年增/减 (X3),
    v2021 现行有效件数 = last year's + 制发 − 废止 (X2)."""
    before = {(label, row_key): dict(zip([k for k, _ in cols], raws))
              for label, cols, rows in previous for row_key, _, raws in rows}
    for label, cols, rows in blocks:
        keys = [k for k, _ in cols]
        for row_key, _, raws in rows:
            last = before.get((label, row_key))
            if last and "prev_year_items" in keys:
                raws[keys.index("prev_year_items")] = str(int(last["prev_year_items"]) + int(last["change"]))
            if last and "in_force" in keys:
                raws[keys.index("in_force")] = str(int(last["in_force"]) + int(raws[keys.index("issued")])
                                                    - int(raws[keys.index("repealed")]))


def t2_expected(blocks):
    cells = {}
    for label, cols, rows in blocks:
        block = "a20_" + {"一": "1", "五": "5", "六": "6", "八": "8", "九": "9"}[label[label.index("（") + 1]]
        for row_key, _, raws in rows:
            for (col_key, _), raw in zip(cols, raws):
                cells["t2.%s.%s.%s" % (block, row_key, col_key)] = number_of(raw)
    return cells


def number_of(raw):
    if raw.endswith("元"):  # money printed in yuan: cells.md keeps values in 万元
        value = int(raw[:-1]) / 10000
        return {"kind": "number", "value": int(value) if value == int(value) else value, "raw": raw}
    digits = raw.replace(",", "")  # 3,456: the separator is printed, not part of the value
    value = float(digits) if "." in digits else int(digits)
    return {"kind": "number", "value": value, "raw": raw}


BR_HEADERS = {"本年新制作数量": "本年新<br />制作数量", "本年新公开数量": "本年新<br />公开数量",
              "对外公开总数量": "对外公开<br />总数量", "上一年项目数量": "上一年<br />项目数量"}


def t2_html(blocks, misaligned, br_headers):
    """Aligned: 4 grid columns. Misaligned (as a real 2019 page, formats.md D6): 5 grid columns,
    headers 1+1+2+1 but data rows 1+2+1+1; two-column blocks use 1+2+2 throughout."""
    width = 5 if misaligned else 4
    out = ["<table %s>" % TABLE_ATTRS]
    for label, cols, rows in blocks:
        out.append(tr(cell(label, colspan=width)))
        heads = [BR_HEADERS.get(h, h) if br_headers else h for _, h in cols]
        out.append(tr(cell("信息内容"), *spread(heads, width - 1, header=True, misaligned=misaligned)))
        for _, row_label, raws in rows:
            out.append(tr(cell(row_label), *spread(raws, width - 1, header=False, misaligned=misaligned)))
    out.append("</table>")
    return "\n".join(out)


def spread(texts, slots, header, misaligned):
    if len(texts) == 1:
        return [cell(texts[0], colspan=slots)]
    if len(texts) == 2:
        first = slots - slots // 2
        return [cell(texts[0], colspan=first), cell(texts[1], colspan=slots - first)]
    if not misaligned:
        return [cell(t) for t in texts]
    if header:
        return [cell(texts[0]), cell(texts[1], colspan=2), cell(texts[2])]
    return [cell(texts[0], colspan=2), cell(texts[1]), cell(texts[2])]


# ---- tables 3 and 4 ------------------------------------------------------------------------------

def t3_html(version, values, shown):
    rows = result_rows(version)
    out = ["<table %s>" % TABLE_ATTRS,
           tr(cell(CORNER, rowspan=3, colspan=3), cell("申请人情况", colspan=7)),
           tr(cell("自然人", rowspan=2), cell("法人或其他组织", colspan=5), cell("总计", rowspan=2)),
           tr(*[cell(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]])]

    def data(key):
        return [cell(shown(key, c, values[key][i])) for i, c in enumerate(COLS)]

    out.append(tr(cell("一、本年新收政府信息公开申请数量", colspan=3), *data("new_received")))
    out.append(tr(cell("二、上年结转政府信息公开申请数量", colspan=3), *data("carried_in")))
    group_sizes = {}
    for _, group, _ in rows:
        group_sizes[group] = group_sizes.get(group, 0) + 1
    seen = set()
    for i, (key, group, label) in enumerate(rows):
        head = [cell("三、本年度办理结果", rowspan=len(rows) + 1)] if i == 0 else []
        if group is None:
            head.append(cell(label, colspan=2))
        else:
            if group not in seen:
                head.append(cell(group, rowspan=group_sizes[group]))
                seen.add(group)
            head.append(cell(label))
        out.append(tr(*head, *data(key)))
    out.append(tr(cell("（七）总计", colspan=2), *data("result_total")))
    out.append(tr(cell("四、结转下年度继续办理", colspan=3), *data("carried_out")))
    out.append("</table>")
    return "\n".join(out)


def t3_expected(version, values, shown):
    cells = {}
    keys = ["new_received", "carried_in"] + [k for k, _, _ in result_rows(version)] + ["result_total", "carried_out"]
    for key in keys:
        for i, c in enumerate(COLS):
            printed = shown(key, c, values[key][i])
            cells["t3.%s.%s" % (key, c)] = EMPTY if printed == "&nbsp;" else dict(num(values[key][i]), raw=printed)
    return cells


def t4_html(values, shown):
    out = ["<table %s>" % TABLE_ATTRS,
           tr(cell("行政复议", colspan=5), cell("行政诉讼", colspan=10)),
           tr(*[cell(l, rowspan=2) for l in T4_LABELS], cell("未经复议直接起诉", colspan=5), cell("复议后起诉", colspan=5)),
           tr(*[cell(l) for l in T4_LABELS * 2]),
           tr(*[cell(shown("t4." + g, c, values[g][i])) for g in T4_GROUPS for i, c in enumerate(T4_COLS)]),
           "</table>"]
    return "\n".join(out)


def t4_expected(values, shown):
    cells = {}
    for g in T4_GROUPS:
        for i, c in enumerate(T4_COLS):
            printed = shown("t4." + g, c, values[g][i])
            cells["t4.%s.%s" % (g, c)] = EMPTY if printed == "&nbsp;" else dict(num(values[g][i]), raw=printed)
    return cells


# ---- the page ------------------------------------------------------------------------------------

def report_html(f, tables, t3, t4):
    """The report itself: title, six parts, the three tables (HTML given), signature."""
    t2_table, t3_table, t4_table = tables
    tot = {k: t3[k][6] for k in ("new_received", "carried_in", "result_total", "carried_out")}
    rev, lit = t4["review"][4], t4["lit_direct"][4] + t4["lit_after_review"][4]
    h = ['<p align="center"><strong>%s%d年政府信息公开工作年度报告</strong></p>' % (f["agency"], f["year"]),
         "<p>本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和%s要求编制。报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。"
         "本报告电子版可在%s下载。如对本报告有疑问，请与%s办公室联系。</p>" % (
             "《中华人民共和国政府信息公开工作年度报告格式》" if f["version"] == "v2021" else "国务院办公厅政府信息与政务公开办公室有关",
             f["year"], f["year"], f["site"], f["agency"]),
         "<p><strong>一、总体情况</strong></p>",
         "<p>%d年，%s坚持以人民为中心，认真贯彻落实《条例》，扎实推进政府信息公开工作。</p>" % (f["year"], f["agency"]),
         "<p>（一）主动公开方面。全年通过门户网站主动公开政府信息%d条，其中政策文件%d条、政策解读%d篇。</p>" % (
             f["published"], f["published"] // 9, f["published"] // 31),
         "<p>（二）依申请公开方面。全年共收到政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。</p>" % (
             tot["new_received"], tot["carried_in"], tot["result_total"], tot["carried_out"]),
         "<p>（三）政府信息管理方面。严格落实公开前保密审查机制，动态更新政府信息公开指南和目录。</p>",
         "<p>（四）平台建设方面。优化政府网站信息公开专栏，%s。</p>" % f["platform"],
         "<p>（五）监督保障方面。将政府信息公开工作纳入年度绩效考核，全年组织业务培训%d次。</p>" % f["trainings"],
         "<p><strong>二、主动公开政府信息情况</strong></p>", t2_table,
         "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>", t3_table,
         "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>", t4_table,
         "<p>全年因政府信息公开引发行政复议%d件、行政诉讼%d件。</p>" % (rev, lit),
         "<p><strong>五、%s</strong></p>" % ("政府信息公开工作存在的主要问题及改进情况" if f["version"] == "v2019" else "存在的主要问题及改进情况"),
         "<p>一是主动公开的深度和广度有待加强；二是依申请公开答复的规范性有待提高。下一步，我们将加强业务培训，完善工作机制。</p>",
         "<p><strong>六、其他需要报告的事项</strong></p>",
         "<p>%s</p>" % f["other"],
         '<p align="right">%s</p>' % f["agency"],
         '<p align="right">%d年%d月%d日</p>' % (f["year"] + 1, f["pub_month"], f["pub_day"])]
    return "\n".join(h)


CHROME_TOP = """<div class="top-bar">您好，欢迎访问{site}！ <a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="/images/banner.jpg" alt="{site}" width="1000" height="120" /></td></tr>
<tr><td>
  <table class="nav" width="100%" border="0"><tr>
    <td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/bsfw/">办事服务</a></td>
    <td><a href="/hdjl/">互动交流</a></td><td><a href="/zjqs/">走进{short}</a></td></tr></table>
</td></tr>
<tr><td>
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
  <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
  <td width="220" valign="top"><div class="sidebar"><p>政府信息公开</p><ul><li><a href="#">公开指南</a></li><li><a href="#">公开目录</a></li><li><a href="#">公开年报</a></li></ul></div></td>
  <td valign="top">
  <h1 class="article-title">{title}</h1>
  <div class="article-info">发布时间：{pubdate}　　来源：{agency}　　浏览次数：<span id="count">1283</span>　　字号：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div class="article-content">
"""

CHROME_BOTTOM = """  </div>
  <div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin">微信</a><a href="#" class="bds_tsina">微博</a></div>
  <p>【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</p>
  </td></tr></table>
</td></tr>
<tr><td><div class="footer"><p>主办单位：{agency}　　版权所有：{agency}</p><p>网站标识码：5203220011　　黔ICP备05001234号-1</p></div></td></tr>
</table>
<script type="text/javascript">var _hmt = _hmt || []; document.getElementById("count").innerHTML = "1284";</script>
"""


def page(f, body, with_chrome, meta):
    title = "%s%d年政府信息公开工作年度报告" % (f["agency"], f["year"])
    head = ["<!DOCTYPE html>", "<html>", "<head>"]
    if meta:
        head.append(meta)
    head += ["<title>%s</title>" % title, '<style type="text/css">body{font-size:14px}</style>', "</head>", "<body>"]
    if with_chrome:
        fmt = dict(site=f["site"], short=f["short"], title=title, agency=f["agency"],
                   pubdate="%d-%02d-%02d" % (f["year"] + 1, f["pub_month"], f["pub_day"]))
        # The chrome page repeats the title in its own heading, so the report body skips its centred title.
        body = body.split("\n", 1)[1]
        return "\n".join(head) + "\n" + CHROME_TOP.format(**fmt) + body + "\n" + CHROME_BOTTOM.format(**fmt) + "</body>\n</html>\n"
    return "\n".join(head) + "\n" + body + "\n</body>\n</html>\n"


# ---- the fixtures --------------------------------------------------------------------------------

FIXTURES = [
    dict(name="qingshan_edu_2019", agency="青山县教育局", short="青山", site="青山县人民政府网", year=2019,
         version="v2019", seed=2019, scale=25, encoding="gbk",
         meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', chrome=False,
         misaligned=False, br_headers=False, blanks=True, published=356, trainings=2, pub_month=1, pub_day=22,
         platform="在堃山路办公区设立政府信息公开查阅点",
         other="无。",
         how="v2019, GBK bytes declared as gb2312 (and using 堃, a GBK-only character); zero cells of tables 3 "
             "and 4 printed as &nbsp; and the 总计 of every table-3 detail row left blank (formats.md D1, D2): "
             "expected kind empty, value null; a money cell printed in yuan (采购总金额 251000元 style)."),
    dict(name="qingshan_edu_2020", agency="青山县教育局", short="青山", site="青山县人民政府网", year=2020,
         version="v2019", seed=2020, scale=40, encoding="utf-8", meta='<meta charset="utf-8" />', chrome=True,
         misaligned=True, br_headers=True, blanks=False, published=412, trainings=3, pub_month=1, pub_day=18,
         platform="新增“义务教育招生”“教育收费”等公开栏目",
         other="本机关2020年未收取政府信息公开信息处理费。",
         how="v2019, UTF-8 with <meta charset>, inside site chrome (nav bar, breadcrumbs, sidebar, 字号：大 中 小, "
             "share buttons, print/close links, footer, script) built from nested layout tables; table 2 with "
             "misaligned colspans (headers 1+1+2+1, data rows 1+2+1+1) and headers like 本年新<br />制作数量."),
    dict(name="baishui_gov_2022", agency="白水县人民政府", short="白水", site="白水县人民政府门户网站", year=2022,
         version="v2021", seed=2022, scale=120, encoding="gbk", meta=None, chrome=False,
         misaligned=False, br_headers=False, blanks=False, published=2318, trainings=6, pub_month=3, pub_day=20,
         platform="完成政府网站集约化改造",
         other="依据《政府信息公开信息处理费管理办法》，本机关2022年未收取信息处理费。",
         how="v2021, GBK bytes with no charset declaration at all (needs detection), no site chrome."),
    dict(name="baishui_gov_2023", agency="白水县人民政府", short="白水", site="白水县人民政府门户网站", year=2023,
         version="v2021", seed=2023, scale=150, encoding="utf-8", meta='<meta charset="utf-8" />', chrome=False,
         misaligned=False, br_headers=False, blanks=False, published=2604, trainings=5, pub_month=3, pub_day=28,
         platform="上线政策文件库和智能问答",
         other="本机关2023年收取政府信息公开信息处理费0元。",
         how="v2021, UTF-8 with <meta charset>, plain page: the reference layout."),
]


def shown_for(f):
    """How a value is printed: '&nbsp;' for the blanks of formats.md D1/D2, else the digits."""
    def shown(row, col, value):
        if not f["blanks"]:
            return str(value)
        if row.startswith("t4."):
            return "&nbsp;" if value == 0 else str(value)
        detail = row not in ("new_received", "carried_in", "result_total", "carried_out")
        if detail and col == "total":
            return "&nbsp;"
        return "&nbsp;" if value == 0 else str(value)
    return shown


def build(f, previous):
    """The report body and its expected cells; previous is last year's (blocks, t3) of the same agency, or None."""
    rng = random.Random(f["seed"])
    blocks = t2_blocks(f["version"], rng)
    if previous:
        follow_previous(blocks, previous[0])
    t3 = t3_values(rng, f["version"], f["scale"], previous[1]["carried_out"][:6] if previous else None)
    t4 = t4_values(rng)
    shown = shown_for(f)
    tables = (t2_html(blocks, f["misaligned"], f["br_headers"]), t3_html(f["version"], t3, shown), t4_html(t4, shown))
    body = report_html(f, tables, t3, t4)
    cells = {}
    cells.update(t2_expected(blocks))
    cells.update(t3_expected(f["version"], t3, shown))
    cells.update(t4_expected(t4, shown))
    expected_count = 22 + 161 + 15 if f["version"] == "v2019" else 10 + 175 + 15
    assert len(cells) == expected_count, (f["name"], len(cells))
    expected = {"format_version": f["version"], "agency": f["agency"], "year": f["year"], "cells": cells}
    return body, expected, (blocks, t3)


def write(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


def main(argv):
    word_src = argv[argv.index("--word-src") + 1] if "--word-src" in argv else None
    os.makedirs(OUT, exist_ok=True)
    years = {}
    for f in FIXTURES:
        body, expected, years[(f["agency"], f["year"])] = build(f, years.get((f["agency"], f["year"] - 1)))
        write(os.path.join(OUT, f["name"] + ".html"), page(f, body, f["chrome"], f["meta"]), f["encoding"])
        write(os.path.join(OUT, f["name"] + ".expected.json"), json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
        if word_src:
            os.makedirs(word_src, exist_ok=True)
            write(os.path.join(word_src, f["name"] + ".html"), page(f, body, False, '<meta charset="utf-8" />'))
    write(os.path.join(OUT, "hard", "tables_as_images.html"), images_page())


def images_page():
    """A report whose tables 2-4 were pasted as pictures (formats.md D9): no <table> at all."""
    f = dict(FIXTURES[3], year=2021)
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8" /><title>白水县人民政府2021年政府信息公开工作年度报告</title></head><body>',
             '<p align="center"><strong>白水县人民政府2021年政府信息公开工作年度报告</strong></p>',
             "<p><strong>一、总体情况</strong></p><p>2021年，白水县人民政府扎实推进政府信息公开工作。</p>"]
    for n, (heading, img) in enumerate([("二、主动公开政府信息情况", "t2.png"), ("三、收到和处理政府信息公开申请情况", "t3.png"),
                                        ("四、政府信息公开行政复议、行政诉讼情况", "t4.png")]):
        parts.append('<p><strong>%s</strong></p><p align="center"><img src="/uploads/2022/03/%s" width="640" height="%d" /></p>'
                     % (heading, img, 300 + 200 * (n == 1)))
    parts.append("<p><strong>五、存在的主要问题及改进情况</strong></p><p>公开质量有待提高。</p>"
                 "<p><strong>六、其他需要报告的事项</strong></p><p>无。</p></body></html>")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    main(sys.argv[1:])
