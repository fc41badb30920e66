#!/usr/bin/env python3
"""Workbooks from producers other than Chỉ Số, for the Excel import tests.
Run with Debian's python3 and python3-openpyxl:  /usr/bin/python3 make_fixtures.py
openpyxl writes shared strings and plain numbers; the hand-made package (zipfile) uses inline
strings, rich-text shared strings, a formula with its cached value and a boolean, the way
other producers do."""
import zipfile
import openpyxl

HEADER = ["record", "indicator", "region", "year", "month", "value", "basis",
          "source_url", "source_title", "source_date", "quote", "note"]

# 1. The import columns, written by openpyxl.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Số liệu"
ws.append(HEADER)
ws.append(["value", "revenue", "VN", 2024, 9, 3150000, "estimate", "https://example.vn/9m", "Báo Ví dụ", "2024-10-05",
           "doanh thu toàn ngành ước đạt 3.150.000 tỷ đồng", None])
ws.append(["stated_growth", "revenue", "VN", 2024, 9, 18.6, None, "https://example.vn/9m", "Báo Ví dụ", "2024-10-05", None, None])
ws.append(["value", "fibre_households_pct", None, 2024, 9, 83.45, "estimate", None, "Cục Viễn thông", None,
           "tỷ lệ hộ gia đình sử dụng cáp quang đạt 83,45%", "đo theo hệ thống"])
ws.append(["plan", "profit", "VN", 2025, None, 330000, None, None, "Kế hoạch 2025", None, None, None])
wb.save("openpyxl_long.xlsx")

# 2. The monthly form, filled in by openpyxl.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Biểu tháng"
ws["A1"] = "Monthly figures"
ws["A2"], ws["B2"] = "Period (YYYY-MM)", "2024-09"
ws["A3"], ws["B3"] = "Source", "Báo cáo tháng 9/2024 của Văn phòng Bộ"
for col, text in zip("ABCDEFG", ["Code", "Indicator", "Unit", "Year to date", "Same period last year",
                                 "Stated growth, %", "Stated share of plan, %"]):
    ws[f"{col}5"] = text
ws.append(["revenue", "Doanh thu toàn ngành", "tỷ đồng", 3150000, 2655661, 18.6, 75.5])
ws.append(["state_budget", "Nộp ngân sách nhà nước", "tỷ đồng", 90500, None, None, 89.1])
ws.append(["workforce", "Tổng số lao động toàn ngành", "lao động", "1540000", None, None, None])
wb.save("openpyxl_template.xlsx")

# 3. A hand-made package: inline strings, rich text, a formula's cached value, a boolean.
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>state_budget</t></si>
<si><r><t>Nộp ngân sách </t></r><r><rPr><b/></rPr><t>ước đạt 90.500 tỷ đồng</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>
</sst>"""


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


header = "".join(inline(f"{chr(65 + i)}1", name) for i, name in enumerate(HEADER))
row2 = (inline("A2", "value") + '<c r="B2" t="s"><v>0</v></c>' + inline("C2", "VN") + '<c r="D2"><v>2024</v></c>'
        + '<c r="E2"><v>9</v></c>' + '<c r="F2"><f>90000+500</f><v>90500</v></c>' + inline("G2", "estimate")
        + inline("H2", "https://example.vn/budget") + '<c r="K2" t="s"><v>1</v></c>' + '<c r="L2" t="b"><v>1</v></c>')
SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1">{header}</row><row r="2">{row2}</row></sheetData></worksheet>"""

with zipfile.ZipFile("handmade_inline_formula.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CONTENT_TYPES)
    z.writestr("_rels/.rels", ROOT_RELS)
    z.writestr("xl/workbook.xml", WORKBOOK)
    z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
    z.writestr("xl/sharedStrings.xml", SHARED)
    z.writestr("xl/worksheets/sheet1.xml", SHEET)

# 4. Bad workbooks.
with open("not_a_zip.xlsx", "w") as f:
    f.write("record,indicator\nvalue,revenue\n")
with zipfile.ZipFile("zip_without_sheet.xlsx", "w") as z:
    z.writestr("readme.txt", "no workbook here")
wb = openpyxl.Workbook()
ws = wb.active
ws.append(HEADER)
ws.append(["value", "revenue", "VN", 2024, 9, "2.067.389", "estimate", "https://example.vn", None, None, None, None])
wb.save("text_for_number.xlsx")
wb = openpyxl.Workbook()
wb.save("empty_sheet.xlsx")
print("written")

# Regression inputs found by fuzzing live in regression/: declared-size-2gib.xlsx (a zip entry
# declaring 2 GiB, the fuzzer's own output) and column-letters-overflow.xlsx (made from the
# hand-made package with the cell F2 renamed AAAAAAAAAAAAF2).
