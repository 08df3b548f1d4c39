#!/usr/bin/python3
"""Text of the project's own PDF fixtures as other tools give it, for the flattened-text reader's tests.

For each test-fixtures/pdf/NAME.pdf writes test-fixtures/dumps/NAME__pypdf.txt (pypdf page.extract_text,
pages joined by newlines), NAME__pdfminer.txt (pdfminer.six extract_text), NAME__pdftotext.txt (poppler
pdftotext, reading order, no -layout) and NAME__pdftotext_layout.txt (poppler pdftotext -layout: columns kept
with spaces, pages ended by form feeds); plus NAME__pypdf_truncated.txt, NAME__pdftotext_truncated.txt and
NAME__pdftotext_layout_truncated.txt: the same text cut inside table 3 (just before （五）不予处理; in layout text
at the start of its line), as a partial copy or a text layer that stops.
cases.tsv pairs each dump with the PDF's expected cells.

Needs Debian's python3-pypdf, python3-pdfminer and poppler-utils — for generating only; gongkai never
runs them. Usage: tools/make-text-dumps.py  (from the project root; Debian's /usr/bin/python3, where the packages are)
"""
import glob, os, re, subprocess, sys

from pdfminer.high_level import extract_text as pdfminer_text
from pypdf import PdfReader

SRC = "test-fixtures/pdf"
OUT = "test-fixtures/dumps"
CUT = re.compile(r"\s*".join("（五）不予处理"))


def pypdf_text(path):
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdftotext_text(path, *options):
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", path, "-"], check=True, capture_output=True,
                          text=True).stdout


def truncated(text):
    """The text up to table 3's group （五）不予处理 (after its heading): it ends inside table 3."""
    start = text.find("三、收到和处理政府信息公开申请情况")
    m = CUT.search(text, max(start, 0))
    if start < 0 or m is None:
        sys.exit("no table 3 group （五） to cut at")
    return text[:m.start()].rstrip() + "\n"


def truncated_layout(text):
    """Layout text up to the line that begins table 3's group （五） (its label may wrap: （五）不予处 / 理, or （五 / ）不予处理)."""
    start = text.find("三、收到和处理政府信息公开申请情况")
    m = re.compile(r"（\s*五").search(text, max(start, 0))
    if start < 0 or m is None:
        sys.exit("no table 3 group （五） to cut at")
    return text[:text.rfind("\n", 0, m.start()) + 1].rstrip() + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = []
    for pdf in sorted(glob.glob(os.path.join(SRC, "*.pdf"))):
        name = os.path.basename(pdf)[:-4]
        gold = f"../pdf/{name}.expected.json"
        texts = {"pypdf": pypdf_text(pdf), "pdfminer": pdfminer_text(pdf), "pdftotext": pdftotext_text(pdf),
                 "pdftotext_layout": pdftotext_text(pdf, "-layout")}
        texts["pypdf_truncated"] = truncated(texts["pypdf"])
        texts["pdftotext_truncated"] = truncated(texts["pdftotext"])
        texts["pdftotext_layout_truncated"] = truncated_layout(texts["pdftotext_layout"])
        for tool, text in texts.items():
            dump = f"{name}__{tool}.txt"
            with open(os.path.join(OUT, dump), "w", encoding="utf-8") as f:
                f.write(text)
            cases.append(f"{dump}\t{gold}\n")
    with open(os.path.join(OUT, "cases.tsv"), "w", encoding="utf-8") as f:
        f.writelines(cases)


if __name__ == "__main__":
    main()
