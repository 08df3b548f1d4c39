#!/usr/bin/env python3
"""Writes the small hostile inputs of test-fixtures/hostile/ (each a case a fuzzing campaign found).

Run from the project root: python3 tools/make-hostile-fixtures.py
The large cases (a line of 10^5 and 10^6 digits, a cell of 10^6 digits, 400k lines, a 1 GiB text file, a
DOCX of more paragraphs than the cap) are built by the test itself (HostileInputs.java), so that the
repository stays small; `--large DIR` writes the same into DIR for timing runs (tools/time-hostile.sh).
Expected outcomes: test-fixtures/hostile/expected.tsv.
"""
import sys
import io
import os
import zipfile

OUT = os.path.join("test-fixtures", "hostile")
TEXT_REPORT = os.path.join("test-fixtures", "text", "sample_bureau_2022_v2021.txt")

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(name, body):
    """A minimal DOCX whose body is the given WordprocessingML."""
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", xml)):
            info = zipfile.ZipInfo(part, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def one_cell_table(tc_pr):
    return f"<w:tbl><w:tr><w:tc><w:tcPr>{tc_pr}</w:tcPr>{para('1')}</w:tc></w:tr></w:tbl>"


def pdf(name, content, size=(595, 842)):
    """A one-page PDF of the given size drawing the given content stream with Helvetica as F1."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources" % size + b" << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out.getvalue())


def dense_grid(lines, step, split_first_column):
    """
    A ruled grid of lines x lines slots, rules step pt apart (above the reader's 3 pt minimum slot), and one
    line of text. With split_first_column, the first column lacks every other row rule, so that its cells
    span two rows and every other row is a blank sliver row (the case SliverRows folds).
    """
    top = 40 + lines * step
    ops = [b"BT /F1 10 Tf 40 %.2f Td (2023 annual report) Tj ET" % (top + 20), b"0.1 w"]
    for i in range(lines + 1):
        y = 40 + i * step
        left = 40 + step if split_first_column and i % 2 == 1 else 40
        ops.append(b"%.2f %.2f m %.2f %.2f l S" % (left, y, top, y))
        ops.append(b"%.2f 40 m %.2f %.2f l S" % (y, y, top))
    return b"\n".join(ops), (int(top + 60), int(top + 60))


def flipped_bit(source, offset, bit):
    data = bytearray(open(source, "rb").read())
    data[offset] ^= 1 << bit
    return bytes(data)


def first_non_ascii(data, after):
    return next(i for i in range(after, len(data)) if data[i] >= 0xE0)


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "empty_body.html"), "w") as f:
        f.write("<html><body></body></html>")
    docx("gridspan_without_value.docx", para("某局2023年政府信息公开工作年度报告") + one_cell_table("<w:gridSpan/>"))
    docx("gridspan_huge.docx", one_cell_table('<w:gridSpan w:val="2147483647"/>'))
    docx("gridbefore_huge.docx", '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2147483647"/></w:trPr><w:tc>'
         + para("1") + "</w:tc></w:tr></w:tbl>")
    pdf("dense_ruled_grid.pdf", *dense_grid(240, 3.2, True))
    pdf("huge_ruled_grid.pdf", *dense_grid(600, 3.2, False))
    report = open(TEXT_REPORT, "rb").read()
    # One flipped bit in the lead byte of a Chinese character: invalid UTF-8 at one place only.
    at = first_non_ascii(report, len(report) // 2)
    with open(os.path.join(OUT, "utf8_one_flipped_bit.txt"), "wb") as f:
        f.write(flipped_bit(TEXT_REPORT, at, 5))
    with open(os.path.join(OUT, "html_span_1000.html"), "w") as f:
        f.write("<html><body><table>" + '<tr><td colspan="1000" rowspan="1000">1</td><td>2</td></tr>' * 300
                + "</table></body></html>")


def large(out):
    """The large inputs (as HostileInputs.java builds them), for timing the hot spots before and after."""
    os.makedirs(out, exist_ok=True)
    def write(name, text):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    write("digit_line_100000.txt", "二、主动公开政府信息情况\n" + "1" * 100_000 + "\n")
    write("digit_line_1000000.txt", "二、主动公开政府信息情况\n" + "1" * 1_000_000 + "\n")
    write("huge_cell_1000000.txt", "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量\t" + "7" * 1_000_000 + "\n")
    for lines in (100_000, 400_000):
        write(f"lines_{lines}.txt", "一、总体情况\n二、主动公开政府信息情况\n" + "本机关公开文件。\n" * lines)
    body = "".join(f"<w:p><w:r><w:t>{i:x}</w:t></w:r></w:p>" for i in range(1_000_000))
    global OUT
    saved, OUT = OUT, out
    docx("paragraphs_1000000.docx", body)
    OUT = saved


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        large(sys.argv[2])
    else:
        main()
