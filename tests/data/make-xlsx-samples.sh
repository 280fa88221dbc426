#!/usr/bin/env bash
# Makes the XLSX sample editions from the CSV ones, with the two programs people make such
# workbooks with here: LibreOffice Calc (codes as text, shared strings) and openpyxl (a notes
# sheet first, a title above the header, codes typed as numbers where they look like numbers).
# Run by hand when the CSV samples change; the tests read the committed workbooks.
# Needs: apt-get install libreoffice-calc-nogui python3-openpyxl
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 59 = ';', 34 = '"', 76 = UTF-8, from line 1; every column as text (2).
cp "$here/oked-sample-utf8.csv" "$work/oked-sample.csv"
soffice --headless --infilter="CSV:59,34,76,1,1/2/2/2/3/2" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/oked-sample.csv" >/dev/null
cp "$work/oked-sample.xlsx" "$here/oked-sample-libreoffice.xlsx"

/usr/bin/python3 - "$here/nkz-sample-utf8.csv" "$here/nkz-sample-openpyxl.xlsx" <<'PY'
import csv, sys
from openpyxl import Workbook
source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8-sig") as f:
    rows = list(csv.DictReader(f, delimiter=";"))
book = Workbook()
notes = book.active
notes.title = "Notes"
notes["A1"] = "Test sample of NKZ for Kasibi; not the official edition."
sheet = book.create_sheet("НКЗ")
sheet.append(["Национальный классификатор занятий (тестовая выборка)"])
sheet.append([])
sheet.append(["name_ru", "Code", "note", "name_kk"])
for row in rows:
    code = row["code"]
    sheet.append([row["name_ru"], int(code) if code.isdigit() else code, "", row["name_kk"]])
book.save(target)
PY
echo "made $here/oked-sample-libreoffice.xlsx and $here/nkz-sample-openpyxl.xlsx"
