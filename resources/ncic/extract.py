#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
"""Writes vma.tsv, vst.tsv and vco.tsv from the NIEM NCIC code spreadsheet.

The source is public reference data of the NIEM programme, not code:

    repository  https://github.com/NIEM/NIEM-Releases
    tag         niem-5.0.1-justice (commit 63ffab6f7e2a7166276ddfc31fde921a5905cc98)
    file        xlsx/niem-ncic-5.0.1-codes.xlsx, sheet "ncic": the NCIC code
                lists of the NIEM 5.0 release (namespace
                http://release.niem.gov/niem/codes/ncic/5.0/), one row per
                xs:enumeration: Type, Facet Name, Facet Value, Definition

The ncic.xsd schema itself is not in the stored copy of the repository we
could read; this spreadsheet is the same release's code lists in a table
(its README: "both the original NCIC 5.0 codes and the NCIC 5.0.1 codes").
The repository carries no licence file; its distribution.txt says
"DISTRIBUTION A. Approved for public release: distribution unlimited."

Usage:
    git -C NIEM-Releases show niem-5.0.1-justice:xlsx/niem-ncic-5.0.1-codes.xlsx > codes.xlsx
    python3 resources/ncic/extract.py codes.xlsx resources/ncic

Only the Python standard library is used. Each value is written as the
release gives it, with runs of white space made one space; the program
chooses how to case it for display.
"""

import re
import sys
import zipfile
import xml.etree.ElementTree as ET

SHEET_NAME = "ncic"
TABLES = {
    "vma.tsv": ("VMACodeSimpleType", "VMA - Vehicle Make"),
    "vst.tsv": ("VSTCodeSimpleType", "VST - Vehicle Style"),
    "vco.tsv": ("VCOCodeSimpleType", "VCO - Vehicle Color"),
}
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
SOURCE = [
    "Source: NIEM 5.0 release, NCIC code namespace (ncic), as published in",
    "https://github.com/NIEM/NIEM-Releases tag niem-5.0.1-justice,",
    "commit 63ffab6f7e2a7166276ddfc31fde921a5905cc98,",
    "file xlsx/niem-ncic-5.0.1-codes.xlsx, sheet \"ncic\".",
    "Licence: the release states \"DISTRIBUTION A. Approved for public release:",
    "distribution unlimited.\" (distribution.txt); public reference data.",
    "Written by resources/ncic/extract.py; do not edit by hand.",
]


def clean(text):
    return re.sub(r"\s+", " ", text or "").strip()


def sheet_rows(book, name):
    strings = []
    if "xl/sharedStrings.xml" in book.namelist():
        root = ET.fromstring(book.read("xl/sharedStrings.xml"))
        for item in root.findall(MAIN + "si"):
            strings.append("".join(t.text or "" for t in item.iter(MAIN + "t")))
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    rel_id = None
    for sheet in workbook.iter(MAIN + "sheet"):
        if sheet.get("name") == name:
            rel_id = sheet.get(REL + "id")
    if rel_id is None:
        sys.exit("no sheet named %r" % name)
    root = ET.fromstring(book.read("xl/" + targets[rel_id].lstrip("/").replace("xl/", "", 1)))
    for row in root.iter(MAIN + "row"):
        cells = {}
        for cell in row.findall(MAIN + "c"):
            value = cell.find(MAIN + "v")
            text = value.text if value is not None else ""
            if cell.get("t") == "s":
                text = strings[int(text)]
            elif cell.get("t") == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(MAIN + "t"))
            column = "".join(ch for ch in cell.get("r") if ch.isalpha())
            cells[column] = text
        yield cells


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: extract.py niem-ncic-5.0.1-codes.xlsx OUTPUT_DIR")
    with zipfile.ZipFile(sys.argv[1]) as book:
        rows = list(sheet_rows(book, SHEET_NAME))
    for file_name, (type_name, title) in TABLES.items():
        codes = {}
        for cells in rows:
            if cells.get("A") != type_name or cells.get("B") != "enumeration":
                continue
            code, words = clean(cells.get("C")), clean(cells.get("D"))
            if not code or "\t" in code or code in codes:
                sys.exit("%s: empty, odd or repeated code %r" % (type_name, code))
            codes[code] = words or code
        if not codes:
            sys.exit("%s: no codes" % type_name)
        with open("%s/%s" % (sys.argv[2], file_name), "w", encoding="utf-8", newline="\n") as out:
            out.write("# NCIC %s: %d codes, code<TAB>words.\n" % (title, len(codes)))
            for line in SOURCE:
                out.write("# " + line + "\n")
            for code in sorted(codes):
                out.write("%s\t%s\n" % (code, codes[code]))


if __name__ == "__main__":
    main()
