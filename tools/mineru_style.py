#!/usr/bin/env python3
"""Rewrites pandoc's GFM-with-HTML-tables output the way MinerU writes a PDF's Markdown: each table one line of
bare HTML (only rowspan/colspan kept, no thead/tbody/colgroup, <br> gone), part headings as '# 一、…',
other bold lines as plain text.  usage: mineru_style.py < pandoc.md > mineru.md"""
import re, sys

text = sys.stdin.read()

def table(m):
    html = m.group(0)
    html = re.sub(r"<colgroup>.*?</colgroup>", "", html, flags=re.S)
    html = re.sub(r"</?(thead|tbody)[^>]*>", "", html)
    html = re.sub(r"<br\s*/?>\s*", "", html)
    html = re.sub(r"<(table|tr|td|th)\b([^>]*)>",
                  lambda t: "<%s%s>" % (t.group(1), "".join(" %s=\"%s\"" % a for a in
                      re.findall(r"\b(rowspan|colspan)=\"(\d+)\"", t.group(2)))), html)
    html = re.sub(r"\s*\n\s*", "", html)
    return re.sub(r">\s+<", "><", html)

text = re.sub(r"<table\b.*?</table>", table, text, flags=re.S)
text = re.sub(r"^\*\*([一二三四五六七八九十]、.*?)\*\*$", r"# \1", text, flags=re.M)
text = re.sub(r"^\*\*(.*?)\*\*$", r"\1", text, flags=re.M)
sys.stdout.write(text)
