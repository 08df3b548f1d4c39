#!/usr/bin/env python3
"""Writes real-world layout variants of the made-up HTML reports (test-fixtures/variants/).

Each variant is one way published reports deviate from the template's tidy tables (spec/formats.md
§6): collapsed label columns, 合计 / 社会组织 / 1、 labels, full-width digits and 0件 cells, table 4
with a label column or split in two or with its litigation groups swapped, tables pasted into one
<table> or placed after part 六, part headings with other numbering. Values come from the same
seeded generator as tools/make-html-fixtures.py and satisfy every sum rule; agencies are made up.

usage: tools/make-variant-fixtures.py [--convert]
  --convert  also print some variants to PDF with Chromium (variants/pdf/NAME_chromium.pdf), convert them
             HTML -> DOCX -> PDF with LibreOffice as a Word user would (variants/pdf/NAME_word.pdf), and
             Needs chromium and soffice (spec/toolchain.md); the tests do not.
  --word     also convert the variants in WORD with LibreOffice to DOCX and DOC (variants/word/), as a
             Word user saving a pasted web page would.
  --layout-text  also write the text of the variant PDFs as `pdftotext -layout` gives it (rows of cells
             separated by runs of spaces, wrapped labels around their values) to variants/pdftext/.
  --pdftotext DIR  also write the Chromium PDFs' text as a PDF viewer copies it (pdftotext, one cell per
             line) with expected cells to DIR: not yet read (FlattenedTableReader needs tab-separated rows),
             so not a test fixture.
"""
import html.parser, importlib.util, json, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test-fixtures", "variants")
_spec = importlib.util.spec_from_file_location("html_fixtures", os.path.join(ROOT, "tools", "make-html-fixtures.py"))
H = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H)
cell, tr, COLS = H.cell, H.tr, H.COLS

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def plain(_row, _col, value):
    return str(value)


# ---- table 3 variants ----------------------------------------------------------------------------

def t3_without_result_column(version, values, shown):
    """Table 3 without the 三、本年度办理结果 column: the group labels (rowspan) and items are the only label
    columns, so 一、二、四、 rows span two label columns."""
    html = H.t3_html(version, values, shown)
    html = html.replace('<td align="center" rowspan="%d">三、本年度办理结果</td>' % (len(H.result_rows(version)) + 1), "")
    return html.replace('rowspan="3" colspan="3"', 'rowspan="3" colspan="2"').replace('colspan="3">', 'colspan="2">')


def t3_flat_header(version, values, shown):
    """Table 3 with one header row naming all seven columns (no 申请人情况 / 法人或其他组织 rows)."""
    html = H.t3_html(version, values, shown).split("\n")
    heads = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    header = tr(cell("项目", colspan=3), *[cell(h) for h in heads])
    return "\n".join([html[0], header] + html[4:])


def t3_split(version, values, shown):
    """Table 3 cut in two tables after the 不予公开 rows, the second without a header (a page break in the
    source document kept by the CMS); the 三、本年度办理结果 rowspan is cut with it."""
    lines = H.t3_html(version, values, shown).split("\n")
    cut = next(i for i, l in enumerate(lines) if "（四）无法提供" in l)
    rest = len(H.result_rows(version)) + 1 - (cut - 6)
    first = [l.replace('rowspan="%d">三、' % (len(H.result_rows(version)) + 1), 'rowspan="%d">三、' % (cut - 6))
             for l in lines[:cut]] + ["</table>"]
    second = ["<table %s>" % H.TABLE_ATTRS, lines[cut].replace("<tr>", '<tr><td align="center" rowspan="%d">（续）</td>' % rest, 1)]
    return "\n".join(first) + "\n<p>　</p>\n" + "\n".join(second + lines[cut + 1:])


def t3_reordered(version, values, shown):
    """Table 3 with 科研机构 printed before 商业企业 (values follow the header) and labels broken by <br />."""
    order = [0, 2, 1, 3, 4, 5, 6]
    html = H.t3_html(version, values, shown)
    lines = html.split("\n")
    lines[3] = tr(*[cell(x) for x in ["科研机构", "商业企业", "社会公益<br />组织", "法律服务<br />机构", "其他"]])
    for i in range(4, len(lines) - 1):
        cells = lines[i][4:-5].split("</td>")[:-1]
        values_at = len(cells) - 7
        cells = cells[:values_at] + [cells[values_at + k] for k in order]
        lines[i] = "<tr>" + "".join(c + "</td>" for c in cells).replace("1.属于", "1.属于<br />") + "</tr>"
    return "\n".join(lines)


def t3_flat_labels(version, values, shown, total="总计", social="社会公益组织", dot=".", keep_result_column=False):
    """Table 3 with ONE label cell per row ("（三）不予公开 1.属于国家秘密"), as CMS pages that lost the
    rowspans print it; optionally still with the 三、本年度办理结果 column."""
    label_cols = 2 if keep_result_column else 1
    heads = ["商业企业", "科研机构", social, "法律服务机构", "其他"]
    out = ["<table %s>" % H.TABLE_ATTRS,
           tr(cell(H.CORNER, rowspan=3, colspan=label_cols), cell("申请人情况", colspan=7)),
           tr(cell("自然人", rowspan=2), cell("法人或其他组织", colspan=5), cell(total, rowspan=2)),
           tr(*[cell(x) for x in heads])]

    def data(key):
        return [cell(shown(key, c, values[key][i])) for i, c in enumerate(COLS)]

    def label(text):
        return text.replace("1.", "1" + dot).replace("2.", "2" + dot).replace("3.", "3" + dot).replace(
            "4.", "4" + dot).replace("5.", "5" + dot).replace("6.", "6" + dot).replace("7.", "7" + dot).replace("8.", "8" + dot)

    rows = H.result_rows(version)
    out.append(tr(cell("一、本年新收政府信息公开申请数量", colspan=label_cols), *data("new_received")))
    out.append(tr(cell("二、上年结转政府信息公开申请数量", colspan=label_cols), *data("carried_in")))
    for i, (key, group, text) in enumerate(rows):
        head = [cell("三、本年度办理结果", rowspan=len(rows) + 1)] if keep_result_column and i == 0 else []
        head.append(cell(label(text) if group is None else group + label(text)))
        out.append(tr(*head, *data(key)))
    out.append(tr(cell("（七）" + total), *data("result_total")))
    out.append(tr(cell("四、结转下年度继续办理", colspan=label_cols), *data("carried_out")))
    out.append("</table>")
    return "\n".join(out)


# ---- table 4 variants ----------------------------------------------------------------------------

T4_HEAD = H.T4_LABELS


def t4_table(values, shown, groups, label_column=None):
    names = {"lit_direct": "未经复议直接起诉", "lit_after_review": "复议后起诉"}
    lead = [cell(label_column, rowspan=3)] if label_column else []
    out = ["<table %s>" % H.TABLE_ATTRS,
           tr(*lead, cell("行政复议", colspan=5), cell("行政诉讼", colspan=10)),
           tr(*[cell(l, rowspan=2) for l in T4_HEAD], *[cell(names[g], colspan=5) for g in groups[1:]]),
           tr(*[cell(l) for l in T4_HEAD * 2])]
    lead = [cell("数量")] if label_column else []
    out.append(tr(*lead, *[cell(shown("t4." + g, c, values[g][i])) for g in groups for i, c in enumerate(H.T4_COLS)]))
    out.append("</table>")
    return "\n".join(out)


def t4_transposed(values, shown):
    """Table 4 printed as three rows (行政复议; 行政诉讼·未经复议直接起诉; 行政诉讼·复议后起诉) of five columns."""
    names = [("review", "行政复议"), ("lit_direct", "行政诉讼（未经复议直接起诉）"), ("lit_after_review", "行政诉讼（复议后起诉）")]
    out = ["<table %s>" % H.TABLE_ATTRS, tr(cell("类别"), *[cell(l) for l in T4_HEAD])]
    for g, label in names:
        out.append(tr(cell(label), *[cell(shown("t4." + g, c, values[g][i])) for i, c in enumerate(H.T4_COLS)]))
    out.append("</table>")
    return "\n".join(out)


def t4_two_tables(values, shown):
    review = ["<table %s>" % H.TABLE_ATTRS, tr(cell("行政复议", colspan=5)), tr(*[cell(l) for l in T4_HEAD]),
              tr(*[cell(shown("t4.review", c, values["review"][i])) for i, c in enumerate(H.T4_COLS)]), "</table>"]
    lit = ["<table %s>" % H.TABLE_ATTRS, tr(cell("行政诉讼", colspan=10)),
           tr(cell("未经复议直接起诉", colspan=5), cell("复议后起诉", colspan=5)), tr(*[cell(l) for l in T4_HEAD * 2]),
           tr(*[cell(shown("t4." + g, c, values[g][i])) for g in ("lit_direct", "lit_after_review")
                for i, c in enumerate(H.T4_COLS)]), "</table>"]
    return "\n".join(review) + "\n<p>　</p>\n" + "\n".join(lit)


# ---- table 2 variants ----------------------------------------------------------------------------

def t2_ascii_brackets(blocks):
    """v2021 table 2 with 第二十条第(一)项 and the 信息内容 header only once, above block (一)."""
    out = ["<table %s>" % H.TABLE_ATTRS]
    for n, (label, cols, rows) in enumerate(blocks):
        out.append(tr(cell(label.replace("（", "(").replace("）", ")"), colspan=4)))
        out.append(tr(cell("信息内容"), *H.spread([h for _, h in cols], 3, header=True, misaligned=False)))
        for _, row_label, raws in rows:
            out.append(tr(cell(row_label), *H.spread(raws, 3, header=False, misaligned=False)))
    out.append("</table>")
    return "\n".join(out)


def t2_without_content_header(blocks):
    """v2021 table 2 without the 信息内容 column-header rows: block rows and data rows only."""
    out = ["<table %s>" % H.TABLE_ATTRS]
    for label, cols, rows in blocks:
        out.append(tr(cell(label, colspan=4)))
        for _, row_label, raws in rows:
            out.append(tr(cell(row_label), *H.spread(raws, 3, header=False, misaligned=False)))
    out.append("</table>")
    return "\n".join(out)


def with_thousands(blocks):
    """Large counts printed with a thousands separator (3,456)."""
    return [(label, cols, [(k, l, ["{:,}".format(int(r)) if r.isdigit() and int(r) >= 1000 else r for r in raws])
                           for k, l, raws in rows]) for label, cols, rows in blocks]


def with_money_header(blocks, unit):
    """v2019 (九) with 采购总金额（单位：元|万元） and the amount printed without a unit."""
    out = []
    for label, cols, rows in blocks:
        if label.endswith("（九）项"):
            cols = [(k, h + "（单位：%s）" % unit if k == "amount" else h) for k, h in cols]
            rows = [(k, l, [raws[0], raws[1][:-1] if unit == "元" else trim(int(raws[1][:-1]) / 10000)]) for k, l, raws in rows]
        out.append((label, cols, rows))
    return out


def trim(x):
    return str(int(x)) if x == int(x) else ("%.4f" % x).rstrip("0")


def t2_expected_money(blocks, unit):
    cells = H.t2_expected(blocks)
    for label, cols, rows in blocks:
        if label.endswith("（九）项"):
            raw = rows[0][2][1]
            value = int(raw) / 10000 if unit == "元" else float(raw)
            cells["t2.a20_9.procurement.amount"] = {"kind": "number", "value": int(value) if value == int(value) else value, "raw": raw}
    return cells


# ---- the page ------------------------------------------------------------------------------------

HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、政府信息公开工作存在的主要问题及改进情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
NUMERALS = "一二三四五六"


def renumber(body, style):
    """Part headings printed as （一）总体情况 / 第一部分 总体情况 / 一、总体情况： instead of 一、总体情况."""
    for h in HEADINGS:
        numeral, title = h[0], h[2:]
        new = {"paren": "（%s）%s" % (numeral, title), "part": "第%s部分　%s" % (numeral, title),
               "colon": "%s、%s：" % (numeral, title)}[style]
        body = body.replace("<strong>%s</strong>" % h, "<strong>%s</strong>" % new)
    if style == "paren":  # part 一's own sub-items then use 1. so they are not taken for parts
        for n, sub in enumerate(["（一）主动公开方面", "（二）依申请公开方面", "（三）政府信息管理方面", "（四）平台建设方面", "（五）监督保障方面"], 1):
            body = body.replace("<p>%s" % sub, "<p>%d.%s" % (n, sub[3:]))
    return body


def annex(body, tables):
    """Tables printed after part 六 as 附表1-3, the parts only refer to them."""
    names = ["附表1：主动公开政府信息情况", "附表2：收到和处理政府信息公开申请情况", "附表3：政府信息公开行政复议、行政诉讼情况"]
    for n, table in enumerate(tables):
        body = body.replace(table, "<p>具体情况见附表%d。</p>" % (n + 1))
    tail = "".join("<p><strong>%s</strong></p>\n%s\n" % (name, t) for name, t in zip(names, tables))
    signature = body.rindex('<p align="right">')
    signature = body.rindex('<p align="right">', 0, signature)
    return body[:signature] + tail + body[signature:]


def one_table(body, tables):
    """All three tables pasted into ONE <table> under part 二 (rows of different widths)."""
    merged = "<table %s>\n%s\n</table>" % (H.TABLE_ATTRS, "\n".join(t.split("\n", 1)[1].rsplit("\n", 1)[0] for t in tables))
    body = body.replace(tables[0], merged)
    for t in tables[1:]:
        body = body.replace(t, "<p>详见上表。</p>")
    return body


def build(v):
    f = dict(v)
    rng = random.Random(f["seed"])
    blocks = H.t2_blocks(f["version"], rng)
    t3 = H.t3_values(rng, f["version"], f["scale"])
    t4 = H.t4_values(rng)
    shown = f.get("shown", plain)
    unit = f.get("money_unit")
    if unit:
        blocks = with_money_header(blocks, unit)
    if f.get("t2") == "thousands":
        blocks = with_thousands(blocks)
    t2_html = {"ascii": t2_ascii_brackets, "no_header": t2_without_content_header}.get(
        f.get("t2"), lambda b: H.t2_html(b, False, False))(blocks)
    if "t3_flat" in f:
        t3_html = t3_flat_labels(f["version"], t3, shown, **f["t3_flat"])
    elif f.get("t3"):
        t3_html = {"no_result_column": t3_without_result_column, "flat_header": t3_flat_header, "reordered": t3_reordered,
                   "split": t3_split}[f["t3"]](f["version"], t3, shown)
    else:
        t3_html = H.t3_html(f["version"], t3, shown)
    t4_kind = f.get("t4", "standard")
    t4_html = {"standard": lambda: H.t4_html(t4, shown),
               "label_column": lambda: t4_table(t4, shown, H.T4_GROUPS, label_column="项目"),
               "swapped": lambda: t4_table(t4, shown, ["review", "lit_after_review", "lit_direct"]),
               "two_tables": lambda: t4_two_tables(t4, shown),
               "transposed": lambda: t4_transposed(t4, shown)}[t4_kind]()
    tables = (t2_html, t3_html, t4_html)
    body = H.report_html(f, tables, t3, t4)
    if f.get("headings"):
        body = renumber(body, f["headings"])
    if f.get("placement") == "annex":
        body = annex(body, tables)
    elif f.get("placement") == "one_table":
        body = one_table(body, tables)
    # raw is what is printed (3,456, full-width digits, 0件), the value what it means
    cells = t2_expected_money(blocks, unit) if unit else H.t2_expected(blocks)
    cells.update(H.t3_expected(f["version"], t3, shown))
    cells.update(H.t4_expected(t4, shown))
    if shown is dashes:
        for cid, c in cells.items():
            if cid.startswith(("t3.", "t4.")) and c["kind"] == "number" and c["value"] == 0:
                cells[cid] = {"kind": "na", "value": None, "raw": NA_DASH}
    assert len(cells) == (198 if f["version"] == "v2019" else 200), (f["name"], len(cells))
    return body, {"format_version": f["version"], "agency": f["agency"], "year": f["year"], "cells": cells}


def full_width(_row, _col, value):
    return str(value).translate(FULL_WIDTH)


def thousands(_row, _col, value):
    return "{:,}".format(value)


def with_pieces(_row, _col, value):
    return "%d件" % value if value else "0件"


NA_DASH = "—"


def dashes(row, col, value):
    """Zeros of table 4 and of table 3's detail rows printed as a dash (formats.md D3: na, not 0)."""
    return NA_DASH if value == 0 else str(value)


BASE = dict(site="某某网", short="某", published=731, trainings=4, pub_month=1, pub_day=25, platform="优化公开专栏",
            other="本机关全年未收取信息处理费。", scale=60)
VARIANTS = [
    dict(BASE, name="t3_one_label_cell_v2021", agency="红岭市交通运输局", year=2022, version="v2021", seed=301,
         t3_flat=dict(total="合计", social="社会组织", dot="、"),
         how="T3 with one label cell per row (（三）不予公开1、属于国家秘密), no 三、本年度办理结果 column, 合计 for 总计, 社会组织, 1、 numbering"),
    dict(BASE, name="t3_one_label_cell_v2019", agency="红岭市水务局", year=2020, version="v2019", seed=302,
         t3_flat=dict(keep_result_column=True), shown=full_width,
         how="T3 with 三、本年度办理结果 column but the group label inside each row's label cell; full-width digits"),
    dict(BASE, name="t3_pieces_v2021", agency="红岭市民政局", year=2023, version="v2021", seed=303, shown=with_pieces,
         how="every T3/T4 value printed with the unit 件 (0件, 12件)"),
    dict(BASE, name="t4_label_column", agency="青禾县司法局", year=2022, version="v2021", seed=304, t4="label_column",
         how="T4 with a label column (项目/数量) before the 15 values"),
    dict(BASE, name="t4_two_tables", agency="青禾县财政局", year=2023, version="v2021", seed=305, t4="two_tables",
         how="T4 printed as two tables: 行政复议 (5 columns) and 行政诉讼 (10 columns)"),
    dict(BASE, name="t4_swapped_groups", agency="青禾县卫健委", year=2022, version="v2021", seed=306, t4="swapped",
         how="T4 with 复议后起诉 before 未经复议直接起诉: values must follow the header labels"),
    dict(BASE, name="t4_transposed", agency="青禾县自然资源局", year=2023, version="v2021", seed=322, t4="transposed",
         how="T4 as three rows (行政复议; 行政诉讼（未经复议直接起诉）; 行政诉讼（复议后起诉）) of five columns"),
    dict(BASE, name="t2_ascii_brackets", agency="石桥镇人民政府", year=2022, version="v2021", seed=307, t2="ascii",
         how="T2 block labels 第二十条第(一)项 with ASCII brackets"),
    dict(BASE, name="t2_amount_yuan_v2019", agency="石桥镇人民政府", year=2019, version="v2019", seed=308, money_unit="元",
         how="v2019 T2 header 采购总金额（单位：元）, amounts printed as plain yuan"),
    dict(BASE, name="t2_amount_wan_v2019", agency="石桥镇人民政府", year=2020, version="v2019", seed=309, money_unit="万元",
         how="v2019 T2 header 采购总金额（单位：万元）, amounts printed in 万元"),
    dict(BASE, name="headings_paren", agency="东湖区商务局", year=2022, version="v2021", seed=310, headings="paren",
         how="part headings （一）总体情况 … （六）其他需要报告的事项"),
    dict(BASE, name="headings_part", agency="东湖区城管局", year=2023, version="v2021", seed=311, headings="part",
         how="part headings 第一部分　总体情况 …"),
    dict(BASE, name="headings_colon", agency="东湖区档案馆", year=2020, version="v2019", seed=312, headings="colon",
         how="part headings with a colon: 一、总体情况："),
    dict(BASE, name="tables_as_annex", agency="西山区教育局", year=2022, version="v2021", seed=313, placement="annex",
         how="tables after part 六 as 附表1-3, the parts refer to them"),
    dict(BASE, name="t2_no_content_header", agency="北港区应急管理局", year=2023, version="v2021", seed=315, t2="no_header",
         how="v2021 T2 without the 信息内容 header rows"),
    dict(BASE, name="t2_thousands", agency="北港区市场监管局", year=2022, version="v2021", seed=321, t2="thousands", scale=2000, shown=thousands,
         how="counts of 1000 and more printed with a thousands separator (3,456)"),
    dict(BASE, name="t3_no_result_column", agency="北港区人社局", year=2020, version="v2019", seed=317, t3="no_result_column",
         how="T3 without the 三、本年度办理结果 column: group (rowspan) and item are the only label columns"),
    dict(BASE, name="t3_flat_header", agency="南湾区住建局", year=2022, version="v2021", seed=319, t3="flat_header",
         how="T3 with one header row naming the seven columns (no 申请人情况 / 法人或其他组织 rows)"),
    dict(BASE, name="t3_split_tables", agency="南湾区交通局", year=2021, version="v2021", seed=320, t3="split",
         how="T3 cut into two tables after the 不予公开 rows, the second without a header"),
    dict(BASE, name="t3_columns_reordered", agency="南湾区农业农村局", year=2023, version="v2021", seed=323, t3="reordered",
         how="T3 with 科研机构 before 商业企业 (values follow the header) and labels broken by <br />"),
    dict(BASE, name="zeros_as_dashes", agency="北港区统计局", year=2022, version="v2021", seed=318, shown=dashes,
         how="zeros of T3 and T4 printed as — (formats.md D3: kind na, never 0)"),
    dict(BASE, name="tables_in_one", agency="西山区林业局", year=2021, version="v2021", seed=314, placement="one_table",
         how="the three tables pasted into one <table> under part 二"),
]


PRINTED = ["t3_columns_reordered", "t4_transposed", "t3_one_label_cell_v2021", "t3_no_result_column", "t4_swapped_groups", "t4_two_tables", "tables_as_annex",
           "headings_part", "t2_no_content_header"]


PRINT_STYLE = "<style>body{font-family:'WenQuanYi Zen Hei'}</style>"  # embeds small: Noto CJK makes 400 KB PDFs


def chromium_pdf(source, pdf):
    profile = tempfile.mkdtemp()
    html = os.path.join(profile, os.path.basename(source))
    with open(source, encoding="utf-8") as fh:
        H.write(html, fh.read().replace("<head>", "<head>" + PRINT_STYLE, 1))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                    "--disable-background-networking", "--disable-component-update", "--user-data-dir=" + profile,
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html],
                   check=True, stderr=subprocess.DEVNULL)
    shutil.rmtree(profile, ignore_errors=True)


def soffice(args, outdir):
    home = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless"] + args + ["--outdir", outdir], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, HOME=home))
    shutil.rmtree(home, ignore_errors=True)


def word_pdf(html, pdf):
    """HTML -> DOCX -> PDF with LibreOffice: a Word-exported PDF with its own column widths and stroked rules."""
    work = tempfile.mkdtemp()
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", 'docx:MS Word 2007 XML', html], work)
    docx = os.path.join(work, os.path.basename(html)[:-5] + ".docx")
    soffice(["--convert-to", "pdf:writer_pdf_Export", docx], work)
    shutil.move(docx[:-5] + ".pdf", pdf)
    shutil.rmtree(work, ignore_errors=True)


class _Text(html.parser.HTMLParser):
    """A page as text copied from a browser: one line per paragraph and per table row, cells by tabs."""
    def __init__(self):
        super().__init__()
        self.lines, self.row, self.cell, self.in_body = [], None, None, False

    def handle_starttag(self, tag, attrs):
        self.in_body |= tag == "body"
        if tag == "tr":
            self.row = []
        elif tag == "td":
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr":
            self.lines.append("\t".join(self.row))
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
        elif self.row is None and self.in_body and data.strip():
            self.lines.append(data.strip())


TEXT = ["t4_transposed", "tables_as_annex", "headings_part", "t4_swapped_groups", "t3_one_label_cell_v2021"]


def text_file(name):
    """The variant as tab-separated text (variants/text/NAME.txt), as the text fixtures are."""
    text_dir = os.path.join(OUT, "text")
    os.makedirs(text_dir, exist_ok=True)
    parser = _Text()
    with open(os.path.join(OUT, name + ".html"), encoding="utf-8") as fh:
        parser.feed(fh.read())
    H.write(os.path.join(text_dir, name + ".txt"), "\n".join(parser.lines) + "\n")
    shutil.copy(os.path.join(OUT, name + ".expected.json"), os.path.join(text_dir, name + ".expected.json"))


WORD = ["t4_transposed", "t3_one_label_cell_v2021", "t3_no_result_column", "t3_split_tables", "t4_swapped_groups", "t4_two_tables",
        "tables_as_annex", "headings_part", "t2_no_content_header"]


def word_files(name):
    word_dir = os.path.join(OUT, "word")
    os.makedirs(word_dir, exist_ok=True)
    html = os.path.join(OUT, name + ".html")
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", html], word_dir)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "doc:MS Word 97", html], word_dir)
    shutil.copy(os.path.join(OUT, name + ".expected.json"), os.path.join(word_dir, name + ".expected.json"))


# Not read yet as `pdftotext -layout` text, so not written as fixtures: t3_columns_reordered (the flattened
# reader takes columns in the template's order), t4_transposed and t4_two_tables (it wants one run of 15
# values), tables_as_annex_word.
LAYOUT_TEXT_OPEN = {"t3_columns_reordered_chromium", "t3_columns_reordered_word", "t4_transposed_chromium",
                    "t4_transposed_word", "t4_two_tables_chromium", "t4_two_tables_word",
                    "tables_as_annex_word"}


def layout_text(name):
    out = os.path.join(OUT, "pdftext")
    os.makedirs(out, exist_ok=True)
    for suffix in [s for s in ("_chromium", "_word") if name + s not in LAYOUT_TEXT_OPEN]:
        pdf = os.path.join(OUT, "pdf", name + suffix + ".pdf")
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(out, name + suffix + ".txt")], check=True)
        shutil.copy(os.path.join(OUT, name + ".expected.json"), os.path.join(out, name + suffix + ".expected.json"))


def convert(name, text_dir):
    pdf_dir = os.path.join(OUT, "pdf")
    os.makedirs(pdf_dir, exist_ok=True)
    html, expected = os.path.join(OUT, name + ".html"), os.path.join(OUT, name + ".expected.json")
    for suffix, printer in (("_chromium", chromium_pdf), ("_word", word_pdf)):
        printer(html, os.path.join(pdf_dir, name + suffix + ".pdf"))
        shutil.copy(expected, os.path.join(pdf_dir, name + suffix + ".expected.json"))
    if not text_dir:
        return
    os.makedirs(text_dir, exist_ok=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(pdf_dir, name + "_chromium.pdf"),
                    os.path.join(text_dir, name + ".txt")], check=True)
    shutil.copy(expected, os.path.join(text_dir, name + ".expected.json"))


def main():
    os.makedirs(OUT, exist_ok=True)
    readme = ["# Variant fixtures", "", "Made up by `tools/make-variant-fixtures.py` (agencies and numbers invented, every sum rule holds).", "",
              "| name | variant |", "|---|---|"]
    for v in VARIANTS:
        body, expected = build(v)
        f = dict(v, version=v["version"])
        H.write(os.path.join(OUT, v["name"] + ".html"), H.page(f, body, False, '<meta charset="utf-8" />'))
        H.write(os.path.join(OUT, v["name"] + ".expected.json"), json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
        readme.append("| `%s` | %s |" % (v["name"], v["how"]))
    readme += ["", "Derived forms, each beside a copy of its expected cells:", "",
               "- `pdf/NAME_chromium.pdf` (Chromium print) and `pdf/NAME_word.pdf` (LibreOffice HTML → DOCX → PDF, "
               "Word-style stroked rules, other column widths): `--convert`",
               "- `word/NAME.docx`, `word/NAME.doc` (LibreOffice): `--word`",
               "- `text/NAME.txt`: the page copied from a browser (one line per paragraph and table row, cells by tabs)",
               "- `pdftext/NAME_*.txt`: `pdftotext -layout` of the PDFs (cells by runs of spaces, labels wrapped "
               "around their values): `--layout-text`. Open, so not written: " + ", ".join(sorted(LAYOUT_TEXT_OPEN)),
               "", "Text copied from a PDF viewer without layout (`pdftotext` plain: one cell per line, header words "
               "split) is not read yet: `--pdftotext DIR` writes it for investigation."]
    H.write(os.path.join(OUT, "README.md"), "\n".join(readme) + "\n")
    args = sys.argv[1:]
    for name in TEXT:
        text_file(name)
    if "--layout-text" in args:
        for name in PRINTED:
            layout_text(name)
    if "--word" in args:
        for name in WORD:
            word_files(name)
    if "--convert" in args:
        text_dir = args[args.index("--pdftotext") + 1] if "--pdftotext" in args else None
        for name in PRINTED:
            convert(name, text_dir)


if __name__ == "__main__":
    main()
