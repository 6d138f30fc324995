#!/usr/bin/env python3
"""Writes the CSV import fixtures: the same customers saved the ways Iranian
offices save them (Excel "CSV UTF-8" with a BOM, "Unicode text" = UTF-16 LE
with a BOM, UTF-16 BE, and Arabic Windows "ANSI" = Windows-1256), encoded by
Python's own codecs so the tests decode bytes that Peyvand did not write.

Run from this directory: python3 make_fixtures.py
"""

def national_code(nine):
    s = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    r = s % 11
    return nine + str(r if r < 2 else 11 - r)


def legal_id(ten):
    w = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17]
    k = int(ten[9]) + 2
    r = sum((int(d) + k) * w[i] for i, d in enumerate(ten)) % 11
    return ten + str(0 if r == 10 else r)


# Persian headers as people type them: Arabic yeh/kaf (ي ك) in some, a ZWNJ or
# a plain space in "نام خانوادگی", doubled spaces.
INDIVIDUAL_HEADER = ["نام", "نام\u200cخانوادگي", "كد ملی", "موبایل", "ایمیل", "تاریخ  تولد", "شهر", "آدرس"]
INDIVIDUALS = [
    ["علی", "رضایی", national_code("001234567"), "09121234567", "ali@example.ir", "1370/05/12", "تهران",
     "خیابان ولیعصر، کوچه\u200cی یاس، پلاک ۱۲"],
    ["مریم", "کاظمی", national_code("123456789"), "+98 912 765 4321", "", "1988-03-21", "اصفهان", "چهارباغ"],
    ["رضا", "محمدی", "", "۰۹۳۵۱۱۱۲۲۳۳", "", "", "شیراز", "خیابان زند،\nطبقه دوم"],
]

LEGAL_HEADER = ["نام شرکت", "شناسه ملی", "کد اقتصادی", "شماره ثبت", "تلفن", "شهر", "آدرس", "صنعت", "تعداد کارکنان"]
LEGALS = [
    ["شرکت پارس ابزار", legal_id("1010123456"), "411111111111", "12345", "021 8877 6655", "تهران", "میدان ونک",
     "صنعتی", "120"],
    ["گروه صنعتی کاوه", legal_id("1410987654"), "", "۶۷۸۹", "031-3322-1100", "اصفهان", "شهرک صنعتی", "فولاد", "۱۲۰۰"],
]


def csv_text(header, rows, sep):
    def cell(v):
        if any(c in v for c in (sep, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return "".join(sep.join(cell(v) for v in r) + "\r\n" for r in [header] + rows)


def write(name, text, codec, bom=b""):
    with open(name, "wb") as f:
        f.write(bom + text.encode(codec))


individuals = csv_text(INDIVIDUAL_HEADER, INDIVIDUALS, ",")
write("individuals_utf8_bom.csv", individuals, "utf-8", b"\xef\xbb\xbf")
write("individuals_utf8.csv", individuals, "utf-8")
write("individuals_utf16le.csv", csv_text(INDIVIDUAL_HEADER, INDIVIDUALS, "\t"), "utf-16-le", b"\xff\xfe")
write("individuals_utf16be.csv", individuals, "utf-16-be", b"\xfe\xff")
# Windows-1256 has no Persian yeh (ی U+06CC) or Persian digits: Windows writes
# Arabic yeh (ي) for it, which Peyvand folds back, and digits come out Latin.
cp1256 = (individuals.replace("\u06cc", "\u064a")
          .replace("۰۹۳۵۱۱۱۲۲۳۳", "09351112233").replace("۱۲", "12"))
write("individuals_cp1256.csv", cp1256.replace(",", ";"), "cp1256")
write("legal_utf8_bom.csv", csv_text(LEGAL_HEADER, LEGALS, ";"), "utf-8", b"\xef\xbb\xbf")
