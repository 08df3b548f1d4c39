#!/usr/bin/env python3
"""Checks the expected annex values (text compared after NFKC; headings also without spaces, as gongkai
normalises text) in gongkai-core/src/test/resources/legacy against the printed text, independently of
gongkai: every heading must occur verbatim in the text; for every annex row, the expected values of its value
columns, concatenated in column order, must equal the printed digits after the row's label and unit (spaces
removed; a numbering glued to the end, e.g. the 2 of '2.政府公报公开数', dropped); a split of glued digits is
listed with the sums that hold for it so that a reader can judge it.
usage: tools/check-legacy-expected.py [DIR]   (default gongkai-core/src/test/resources/legacy; corpus at ../shared)"""
import json, os, re, sys, unicodedata
d = sys.argv[1] if len(sys.argv) > 1 else "gongkai-core/src/test/resources/legacy"
bad = 0
for line in open(os.path.join(d, "cases.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    inp, gold = line.rstrip("\n").split("\t")
    if not gold.endswith(".expected.json"):
        continue
    text = unicodedata.normalize("NFKC", open(os.path.join(d, inp), encoding="utf-8").read())
    g = json.load(open(os.path.join(d, gold), encoding="utf-8"))
    for h in g["legacy_headings"]:
        if re.sub(r"\s", "", unicodedata.normalize("NFKC", h)) not in re.sub(r"\s", "", text):
            print(f"{g['file']}: heading not in text: {h}"); bad += 1
    rows = {}
    for key, val in g["legacy_figures"].items():
        label, col = [unicodedata.normalize("NFKC", x.strip()) for x in key.split("|", 1)]
        rows.setdefault(label, []).append((col, val))
    start = max(text.find("指标名称"), text.find("指 标 名 称"), text.find("统计指标"))
    for label, cols in rows.items():
        unit = next((v for c, v in cols if "单位" in c), None)
        vals = [v for c, v in cols if "单位" not in c]
        m = re.compile(re.escape(label) + r"\s*" + re.escape(unit or "") + r"\s*([\d\s]*)").search(text, start)
        if not m:
            print(f"{g['file']}: row not found: {label}"); bad += 1; continue
        printed = re.sub(r"\s", "", m.group(1))
        after = text[m.end():m.end() + 2]
        if re.match(r"[.．、]\D", after):
            printed = printed[:-1]
        if "".join(vals) != printed:
            print(f"{g['file']}: {label}: expected {'|'.join(vals)} but printed {printed!r}"); bad += 1
        elif len(vals) > 1 and len(m.group(1).split()) < len(vals):
            amb = any(f"{label} | {c}" in g.get("legacy_ambiguous", []) for c, _ in cols)
            print(f"{g['file']}: glued {printed} -> {'|'.join(vals)}{' (flagged)' if amb else ''}")
print("problems:", bad)
sys.exit(1 if bad else 0)
