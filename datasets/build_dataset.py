#!/usr/bin/env python3
"""Build datasets/figures.csv from the shared sector figures plus the hand-entered seed rows.

Usage:
    python3 build_dataset.py [SECTOR_FIGURES_CSV] [--seeds SEED_CSV] [--indicators INDICATORS_CSV]
                             [--out FIGURES_CSV]

Defaults (relative to this script):
    SECTOR_FIGURES_CSV  ../../shared/data/sector-figures.csv
    --seeds             seed-figures.csv      (already in figures.csv format)
    --indicators        indicators.csv        (the indicator catalogue; gives the sort order)
    --out               figures.csv

Nothing is derived or interpolated: every output row is one row of the inputs, with
record/basis/source_title/source_date/note filled in by the explicit rules below.
The script prints input and output counts, every dropped duplicate and every rule it
applied by hand (basis overrides), so that provenance stays auditable.
The output is deterministic (same inputs -> byte-identical file).
"""
import argparse
import csv
import io
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

HEADER = ["record", "indicator", "region", "year", "month", "value", "basis",
          "source_url", "source_title", "source_date", "quote", "note"]
SHARED_HEADER = ["indicator", "period_year", "period_months_ytd", "value", "unit", "kind",
                 "source_url", "quote"]
RECORD_OF_KIND = {"actual": "value", "plan": "plan", "growth_pct": "stated_growth",
                  "pct_of_plan": "stated_share"}
RECORD_ORDER = {"value": 0, "plan": 1, "stated_growth": 2, "stated_share": 3}
BASES = {"actual", "estimate", "reported", "measured"}
REGION = "VN"

# --- Publisher names, by host (www. stripped). Names we could not confirm are the bare
# domain, on purpose (see README).
SOURCE_TITLES = {
    "vneconomy.vn": "VnEconomy",
    "qdnd.vn": "Quân đội nhân dân",
    "thoibaotaichinhvietnam.vn": "Thời báo Tài chính Việt Nam",
    "sggp.org.vn": "Sài Gòn Giải Phóng",
    "en.sggp.org.vn": "SGGP News",
    "sggpnews.org.vn": "SGGP News",
    "doanhnghiephoinhap.vn": "Doanh nghiệp và Hội nhập",
    "dientuungdung.vn": "Tạp chí Điện tử và Ứng dụng",
    "vietnamnet.vn": "VietNamNet",
    "vnpthcm.com": "VNPT TP. Hồ Chí Minh",
    "vietbao.vn": "Việt Báo",
    "24h.com.vn": "24h",
    "kinhtedothi.vn": "Kinh tế & Đô thị",
    "cafef.vn": "CafeF",
    "thanhtra.com.vn": "Thanh tra",
    "vietnamplus.vn": "VietnamPlus",
    "vtf.vn": "vtf.vn",
    "congnghe.vn": "congnghe.vn",
    "thanhnien.vn": "Thanh Niên",
    "danviet.vn": "Dân Việt",
    "ictvietnam.vn": "Tạp chí ICTVietnam",
    "baonghean.vn": "Báo Nghệ An",
    "xaydungtoday.vn": "xaydungtoday.vn",
    "vnexpress.net": "VnExpress",
    "e.vnexpress.net": "VnExpress International",
    "plo.vn": "Pháp Luật TP.HCM",
    "hanam.gov.vn": "Sở TT&TT Hà Nam",
    "mic.gov.vn": "Cổng TTĐT Bộ TT&TT",
}

# --- Publication dates encoded in article ids. Only id schemes whose timestamp matches the
# article's content are used. Not used: congnghe.vn (its id timestamp 2024-10-16 is for an
# article about end-2022 targets, so it is probably a re-publication/migration date).
DATE_PATTERNS = [
    ("cafef.vn", re.compile(r"-188(\d{2})(\d{2})(\d{2})\d+\.chn$")),        # 188YYMMDDhhmmss...
    ("mic.gov.vn", re.compile(r"-197(\d{2})(\d{2})(\d{2})\d+\.htm$")),      # 197YYMMDDhhmmss...
    ("danviet.vn", re.compile(r"-20(\d{2})(\d{2})(\d{2})\d{6,}\.htm$")),    # YYYYMMDDhhmmss...
]

# --- Notes from the shared CSV's unit column when it says more than the plain unit.
PLAIN_UNITS = {"tỷ đồng", "%", "persons", "subs/100 pop"}
UNIT_NOTES = {
    "% (percentage points: 80.1 vs 75.5)": "percentage points: 80.1 vs 75.5",
    "% (subscriber growth yoy)": "subscriber growth yoy, not per-100 growth",
    "% of population (target)": "share of population (target), not of mobile users",
    "% of mobile subscribers": "share of mobile subscribers",
    "% of mobile users": "share of mobile users",
    "% of mobile subscribers (approx.)": "approximate; share of mobile subscribers",
    "% ('cơ bản hoàn thành 100%')": "'cơ bản hoàn thành 100%' (basically completed)",
    "% ('tỉ lệ phủ cáp quang đến hộ gia đình')":
        "may be coverage, not use ('tỉ lệ phủ cáp quang đến hộ gia đình')",
    "% (>84.1)": "lower bound ('trên 84,1%')",
    "tỷ đồng ('hơn 3 triệu tỉ', lower bound; year implied)":
        "lower bound ('hơn 3 triệu tỉ'); year 2020 implied (2016-2020 review)",
    "tỷ đồng ('gần 106.000 tỉ'; year implied)":
        "approximate ('gần 106.000 tỉ'); year 2020 implied (2016-2020 review)",
    "tỷ đồng ('gần 50.000')": "approximate ('gần 50.000')",
    "tỷ đồng (VND3.1 quadrillion)": "rounded: 'VND3.1 quadrillion'",
    "tỷ đồng (VND99.8 trillion)": "rounded: 'VND99.8 trillion'",
    "tỷ đồng (VND295 trillion)": "rounded: 'VND295 trillion'",
}

# --- Extra notes a reader needs (matched on record, indicator, year, month, host or url part).
# Each is a reading aid only; no value is changed. Notes in GENERIC_NOTES apply only when the
# unit column gave no note of its own.
GENERIC_NOTES = {"'tăng x%' may be percentage points", "may be subscriber growth, not per-100 growth"}
EXTRA_NOTES = [
    # (record, indicator, year, month, url substring, note)
    ("stated_growth", "fibre_households_pct", None, None, "", "'tăng x%' may be percentage points"),
    ("stated_growth", "fixed_broadband_per100", None, None, "",
     "may be subscriber growth, not per-100 growth"),
    ("stated_growth", "mobile_broadband_per100", None, None, "",
     "may be subscriber growth, not per-100 growth"),
    ("value", "state_budget", 2023, 6, "", "sources disagree: 45905 vs 45405, see README"),
    ("stated_growth", "state_budget", 2023, 6, "", "sources disagree: -4.5 vs -8.8, see README"),
    ("stated_share", "state_budget", 2023, 6, "", "sources disagree: 44 vs 43.66"),
    ("stated_growth", "gdp_contribution", 2023, 6, "", "sources disagree: -7.3 vs -7.2"),
    ("value", "revenue", 2023, 5, "", "4M total plus May alone does not give this total, see README"),
    ("value", "revenue", 2023, 7, "", "7M minus 6M totals does not match July alone, see README"),
    ("value", "smartphone_users_pct", 2023, 12, "",
     "jump from 75.8 (2022) probably a change of definition, see README"),
    ("value", "revenue_single_month", 2023, 4, "vietnamnet.vn",
     "first report; a month later given as 263299, see README"),
    ("value", "revenue_single_month", 2023, 4, "dientuungdung.vn",
     "revised figure; first reported as 313475, see README"),
    ("value", "state_budget_single_month", 2023, 4, "vietnamnet.vn",
     "first report; a month later given as 7521, see README"),
    ("value", "state_budget_single_month", 2023, 4, "dientuungdung.vn",
     "revised figure; first reported as 8172, see README"),
    ("value", "revenue_single_month", 2023, 3, "", "sources disagree: 325565 vs 295000, see README"),
    ("value", "revenue_single_month", 2023, 7, "", "does not match 7M minus 6M totals, see README"),
    ("value", "revenue", 2022, 12, "danviet.vn", "early estimate; later revised down, see README"),
    ("stated_growth", "state_budget", 2022, 12, "danviet.vn", "on the early 2022 estimate, see README"),
    ("value", "state_budget", 2022, 12, "danviet.vn", "early estimate; later revised, see README"),
    ("value", "workforce", 2023, 12, "", "out of line with ~1.54 million in 2024 reports, see README"),
    ("value", "fixed_broadband_per100", 2023, 6, "", "sources disagree: 22.26 vs 22.15"),
    ("value", "mobile_broadband_per100", 2023, 6, "", "sources disagree: 86.17 vs 85.46"),
    ("value", "online_public_services_pct", None, None, "en.sggp.org.vn",
     "English source; MIC wording is 'tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'"),
    ("value", "online_public_services_pct", 2023, 3, "",
     "previous-month figure quoted in the April 2023 report"),
    ("stated_share", "revenue", 2023, 4, "en.sggp.org.vn",
     "4M-2023 revenue given as 'VND1.13 quadrillion'"),
    ("plan", "mobile_broadband_per100", 2024, 12, "doanhnghiephoinhap.vn",
     "quoted as 'mục tiêu 87,5%' (per 100 people)"),
    ("plan", "fibre_households_pct", 2022, 12, "vtf.vn", "'đạt xấp xỉ mục tiêu' (target wording)"),
]

# --- Basis of record=value rows: 'estimate' when the words just before the figure say so.
ESTIMATE_MARKERS = re.compile(
    r"\b(ước|khoảng|gần|hơn|trên|xấp xỉ|approx\w*|nearly|estimated|about|around|more than)\b",
    re.IGNORECASE)
# Hand decisions where the proximity rule reads the quote wrongly (printed when applied).
BASIS_OVERRIDES = {
    # (indicator, year, month, url substring): (basis, reason)
    ("fibre_households_pct", 2023, 4, "vietnamnet.vn"):
        ("estimate", "sentence opens with 'ước tính đến hết tháng 4'"),
    ("fixed_broadband_per100", 2023, 4, "vietnamnet.vn"):
        ("estimate", "sentence opens with 'ước tính đến hết tháng 4'"),
    ("mobile_broadband_per100", 2023, 4, "vietnamnet.vn"):
        ("estimate", "sentence opens with 'ước tính đến hết tháng 4'"),
    ("fibre_households_pct", 2023, 3, "cafef.vn"):
        ("estimate", "sentence opens with 'ước tính tháng 3/2023'"),
    ("fibre_households_pct", 2023, 5, "vnpthcm.com"):
        ("estimate", "sentence opens with 'ước tính tháng 5/2023'"),
}
NUM_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


def parse_token(tok):
    """Read a number as written in the quote (Vietnamese 1.234.567,8 or English 74.5)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
        return Decimal(tok.replace(".", "").replace(",", "."))
    if "," in tok:
        return Decimal(tok.replace(".", "").replace(",", "."))
    return Decimal(tok)


def locate(quote, value):
    """(start, end, window) of the first number in quote equal to value (also x1e3, x1e6 for
    'trillion'/'triệu tỉ'/'quadrillion' spellings); window = text since the previous number."""
    prev_end = prev_start_window = 0
    for m in NUM_TOKEN.finditer(quote):
        try:
            n = parse_token(m.group())
        except InvalidOperation:
            prev_start_window, prev_end = prev_end, m.end()
            continue
        if any(n * k == value for k in (1, 1000, 1000000)):
            window = quote[prev_end:m.start()]
            # "... ước đạt 20,73 triệu thuê bao (21,04 thuê bao/100 dân)": the figure restates
            # the previous number, so the words before that number govern it too.
            if re.match(r"\s*triệu[^\d.;]*\($", window):
                window = quote[prev_start_window:m.start()]
            return m.start(), m.end(), window
        prev_start_window = prev_end
        prev_end = m.end()
    return None


def fmt_value(d):
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def host_of(url):
    h = urlsplit(url).hostname or ""
    return h[4:] if h.startswith("www.") else h


def source_date(url):
    h = host_of(url)
    for host, pat in DATE_PATTERNS:
        if h == host:
            m = pat.search(url)
            if m:
                yy, mm, dd = m.groups()
                return "20%s-%s-%s" % (yy, mm, dd)
    return ""


def join_notes(*parts):
    out = []
    for p in parts:
        if p and p not in out:
            out.append(p)
    return "; ".join(out)


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def read_csv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        sys.exit("%s: has a BOM" % path)
    rows = list(csv.reader(io.StringIO(text)))
    if rows[0] != header:
        sys.exit("%s: unexpected header %r" % (path, rows[0]))
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            sys.exit("%s:%d: %d columns, expected %d" % (path, i, len(r), len(header)))
    return [OrderedDict(zip(header, [nfc(c) for c in r])) for r in rows[1:]]


def convert_shared(rows, log):
    out = []
    for i, r in enumerate(rows, start=2):
        kind = r["kind"]
        if kind not in RECORD_OF_KIND:
            sys.exit("shared row %d: unknown kind %r" % (i, kind))
        rec = RECORD_OF_KIND[kind]
        url = r["source_url"]
        host = host_of(url)
        if host not in SOURCE_TITLES:
            sys.exit("shared row %d: no source title for host %r" % (i, host))
        year, month = int(r["period_year"]), int(r["period_months_ytd"])
        value = Decimal(r["value"])
        unit = r["unit"]
        if unit in PLAIN_UNITS:
            unit_note = ""
        elif unit in UNIT_NOTES:
            unit_note = UNIT_NOTES[unit]
        else:
            sys.exit("shared row %d: unit %r needs a note mapping" % (i, unit))
        extra = [n for (er, ei, ey, em, eu, n) in EXTRA_NOTES
                 if er == rec and ei == r["indicator"] and (ey is None or ey == year)
                 and (em is None or em == month) and eu in url
                 and not (unit_note and n in GENERIC_NOTES)]
        basis = ""
        if rec == "value":
            ov = [v for k, v in BASIS_OVERRIDES.items()
                  if k[0] == r["indicator"] and k[1] == year and k[2] == month and k[3] in url]
            if ov:
                basis, reason = ov[0]
                log.append("basis override: %s %d-%02d %s -> %s (%s)"
                           % (r["indicator"], year, month, host, basis, reason))
            else:
                loc = locate(r["quote"], value)
                if loc is None:
                    sys.exit("shared row %d: value %s not found in its quote" % (i, r["value"]))
                basis = "estimate" if ESTIMATE_MARKERS.search(loc[2]) else "actual"
        out.append(OrderedDict([
            ("record", rec), ("indicator", r["indicator"]), ("region", REGION),
            ("year", str(year)), ("month", str(month)), ("value", fmt_value(value)),
            ("basis", basis), ("source_url", url), ("source_title", SOURCE_TITLES[host]),
            ("source_date", source_date(url)), ("quote", r["quote"]),
            ("note", join_notes(unit_note, *extra)),
        ]))
    return out


def validate(rows, indicators):
    errors = []
    for n, r in enumerate(rows, start=2):
        where = "row %d (%s %s %s-%s)" % (n, r["record"], r["indicator"], r["year"], r["month"])
        if r["record"] not in RECORD_ORDER:
            errors.append(where + ": bad record")
        if r["indicator"] not in indicators:
            errors.append(where + ": unknown indicator")
            continue
        if r["region"] != REGION:
            errors.append(where + ": bad region")
        try:
            year, month = int(r["year"]), int(r["month"])
            v = Decimal(r["value"])
        except (ValueError, InvalidOperation):
            errors.append(where + ": unparsable year/month/value")
            continue
        if not re.fullmatch(r"-?\d+(\.\d+)?", r["value"]):
            errors.append(where + ": value not a plain number")
        if not 1 <= month <= 12:
            errors.append(where + ": month out of range")
        if not 1990 <= year <= 2100:
            errors.append(where + ": year out of range")
        if r["record"] == "plan" and month != 12:
            errors.append(where + ": plan month must be 12")
        if r["record"] in ("value", "plan"):
            if v < 0:
                errors.append(where + ": negative value")
            if indicators[r["indicator"]]["unit"] == "percent" and v > 100:
                errors.append(where + ": percent > 100")
        if r["record"] == "value":
            if r["basis"] not in BASES:
                errors.append(where + ": value needs basis")
            if r["basis"] in ("reported", "measured") and \
                    r["indicator"] != "online_public_services_use_pct":
                errors.append(where + ": reported/measured only for online_public_services_use_pct")
        elif r["basis"]:
            errors.append(where + ": basis only for record=value")
        if r["source_date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["source_date"]):
            errors.append(where + ": bad source_date")
        if not (r["source_url"] or r["source_title"]):
            errors.append(where + ": no source")
        if not r["quote"]:
            errors.append(where + ": no quote")
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared", nargs="?",
                    default=os.path.join(here, "..", "..", "shared", "data", "sector-figures.csv"))
    ap.add_argument("--seeds", default=os.path.join(here, "seed-figures.csv"))
    ap.add_argument("--indicators", default=os.path.join(here, "indicators.csv"))
    ap.add_argument("--out", default=os.path.join(here, "figures.csv"))
    a = ap.parse_args()

    ind_rows = read_csv(a.indicators, ["code", "kind", "unit", "name_vi", "name_en", "unit_vi",
                                       "unit_en", "decimals", "sort_order"])
    indicators = {r["code"]: r for r in ind_rows}
    shared = read_csv(a.shared, SHARED_HEADER)
    seeds = read_csv(a.seeds, HEADER)
    log = []
    rows = convert_shared(shared, log) + seeds
    print("input: %d shared rows (%s), %d seed rows (%s)"
          % (len(shared), os.path.normpath(a.shared), len(seeds), os.path.normpath(a.seeds)))
    for line in log:
        print("  " + line)

    # Uniqueness: one row per (record, indicator, region, year, month, basis, source).
    kept, seen, dropped, conflicts = [], {}, [], []
    for r in rows:
        key = (r["record"], r["indicator"], r["region"], r["year"], r["month"], r["basis"],
               r["source_url"], r["source_title"])
        if key in seen:
            first = seen[key]
            if Decimal(first["value"]) == Decimal(r["value"]):
                dropped.append(r)
                if r["note"] and r["note"] not in first["note"]:
                    first["note"] = join_notes(first["note"], r["note"])
                continue
            conflicts.append((first, r))
        else:
            seen[key] = r
        kept.append(r)

    def sort_key(r):
        return (int(indicators[r["indicator"]]["sort_order"]) if r["indicator"] in indicators
                else 10 ** 6, r["indicator"], int(r["year"]), int(r["month"]),
                RECORD_ORDER.get(r["record"], 9), r["source_url"], r["source_title"],
                r["basis"], Decimal(r["value"]), r["quote"])
    kept.sort(key=sort_key)

    errors = validate(kept, indicators)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for r in kept:
        w.writerow([r[h] for h in HEADER])
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    print("output: %d rows -> %s" % (len(kept), os.path.normpath(a.out)))
    print("dropped as duplicates (same key and value): %d" % len(dropped))
    for r in dropped:
        print("  %s %s %s-%s %s %s" % (r["record"], r["indicator"], r["year"], r["month"],
                                       r["value"], r["source_url"] or r["source_title"]))
    print("same key, different value (kept both, check!): %d" % len(conflicts))
    for a_, b_ in conflicts:
        print("  %s %s %s-%s: %s vs %s  %s" % (a_["record"], a_["indicator"], a_["year"],
                                               a_["month"], a_["value"], b_["value"],
                                               a_["source_url"] or a_["source_title"]))
    print("by record: " + ", ".join("%s=%d" % kv for kv in
                                    sorted(Counter(r["record"] for r in kept).items(),
                                           key=lambda kv: RECORD_ORDER[kv[0]])))
    print("by indicator:")
    c = Counter(r["indicator"] for r in kept)
    for code in indicators:
        print("  %-52s %d" % (code, c.get(code, 0)))


if __name__ == "__main__":
    main()
