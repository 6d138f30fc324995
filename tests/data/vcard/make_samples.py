#!/usr/bin/env python3
"""Writes the vCard samples of tests/data/vcard: what phones, Google Contacts and
Outlook really export (versions 2.1, 3.0, 4.0; quoted-printable; Windows-1256;
grouped properties; folded lines). Run from this directory; the files are
committed, this script documents how they were made."""
import quopri


def qp(text):
    # Android and Outlook encode every non-ASCII byte, and break lines at 76 with "=".
    raw = quopri.encodestring(text.encode('utf-8'), quotetabs=True).decode('ascii')
    return raw.replace('=\n', '=\r\n')


def crlf(lines):
    return ''.join(l + '\r\n' for l in lines)


def national_code(nine):
    s = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    r = s % 11
    return nine + str(r if r < 2 else 11 - r)


# Android 2.1 (Contacts app "Export to .vcf"): quoted-printable UTF-8, bare TYPEs.
android = crlf([
    'BEGIN:VCARD', 'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('رضایی;علی;;;'),
    'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('علی رضایی'),
    'TEL;CELL:0912 123 4567',
    'TEL;HOME:021-88776655',
    'EMAIL;HOME:ali.rezaei@example.ir',
    'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('مشتری وفادار از سال ۱۳۹۸؛ چای سبز دوست دارد و همیشه تخفیف می‌خواهد'),
    'END:VCARD',
    'BEGIN:VCARD', 'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('محمدی;زهرا;;;'),
    'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('زهرا محمدی'),
    'TEL;CELL;PREF:' + '۰۹۳۵۲۲۲۳۳۴۴',
    'TEL;CELL:+989121110000',
    'END:VCARD',
])

# iPhone (iCloud / iOS share) 3.0: grouped item1.EMAIL with X-ABLabel, repeated
# type= parameters, a birthday without a year, a folded base64 photo.
photo = 'PHOTO;ENCODING=b;TYPE=JPEG:' + 'QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB' * 6
photo_lines = [photo[:75]] + [' ' + photo[i:i + 74] for i in range(75, len(photo), 74)]
iphone = crlf([
    'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Apple Inc.//iPhone OS 17.1//EN',
    'N:Karimi;Sara;;;', 'FN:Sara Karimi', 'ORG:Pars Co.;',
    'TITLE:Purchasing manager',
    'item1.EMAIL;type=INTERNET;type=pref:sara.karimi@example.com',
    'item1.X-ABLabel:_$!<Other>!$_',
    'TEL;type=CELL;type=VOICE;type=pref:+98 (935) 111-2233',
    'TEL;type=WORK;type=VOICE:+98 21 4444 5555',
    'item2.ADR;type=HOME;type=pref:;;No. 12\\, Valiasr St;Tehran;Tehran;1593747811;Iran',
    'item2.X-ABADR:ir',
    'BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17',
] + photo_lines + [
    'END:VCARD',
    'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Apple Inc.//iPhone OS 17.1//EN',
    'N:Ahmadi;Reza;;;', 'FN:Reza Ahmadi',
    'TEL;type=CELL;type=VOICE;type=pref:09351234000',
    'BDAY:1988-03-21',
    'END:VCARD',
])

# Google Contacts "Export as vCard" 3.0: escaped commas and newlines, CATEGORIES.
google = crlf([
    'BEGIN:VCARD', 'VERSION:3.0',
    'FN:مریم حسینی', 'N:حسینی;مریم;;;',
    'EMAIL;TYPE=INTERNET;TYPE=HOME:maryam.hosseini@example.com',
    'TEL;TYPE=CELL:0912 765 4321',
    'ADR;TYPE=HOME:;;خیابان آزادی\\, کوچه ۵;اصفهان;اصفهان;8174673111;ایران',
    'BDAY:1990-01-05',
    'NOTE:خط اول\\nخط دوم\\; با نقطه‌ویرگول',
    'X-PEYVAND-NATIONAL-CODE:' + national_code('001234567'),
    'CATEGORIES:myContacts',
    'END:VCARD',
])

# Outlook 2.1 on Persian Windows: text in Windows-1256 (Arabic yeh and kaf, as
# Windows-1256 has no Persian ones) with CHARSET, a
# quoted-printable address, a basic-format birthday.
outlook = (crlf([
    'BEGIN:VCARD', 'VERSION:2.1',
]).encode('ascii')
    + 'N;LANGUAGE=fa;CHARSET=windows-1256:نوري;حسن\r\n'.encode('cp1256')
    + 'FN;CHARSET=windows-1256:حسن نوري\r\n'.encode('cp1256')
    + b'ORG;CHARSET=windows-1256:' + 'شركت پارس'.encode('cp1256') + b'\r\n'
    + b'TITLE;CHARSET=windows-1256:' + 'مدير خريد'.encode('cp1256') + b'\r\n'
    + crlf([
        'TEL;WORK;VOICE:(021) 8877-1122',
        'TEL;CELL;VOICE:0919 888 7766',
        'EMAIL;PREF;INTERNET:h.noori@pars.example',
        'BDAY:19850412',
        'REV:20240101T120000Z',
        'END:VCARD',
    ]).encode('ascii'))

# vCard 4.0 (RFC 6350): tel: URIs, PREF, quoted TYPE lists, lower-case types,
# a line folded in the middle of a UTF-8 character, as some writers do.
note = 'یادداشت بلند برای آزمودن تاخوردگی سطر در میان یک نویسه‌ی چندبایتی'.encode('utf-8')
note_line = b'NOTE:' + note
folded = note_line[:40] + b'\r\n ' + note_line[40:]  # byte 40 is inside a character
v4 = (crlf([
    'BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual',
    'FN:نگار شریفی', 'N:شریفی;نگار;;;',
    'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+98-912-555-0101',
    'TEL;VALUE=uri;TYPE=home:tel:+98-21-2233-4455',
    'EMAIL;TYPE=work:negar@example.org',
    'BDAY:19920704',
    'ADR;TYPE=home;LABEL="Shiraz, Iran":;;بلوار زند;شیراز;فارس;7134845111;ایران',
]).encode('utf-8') + folded + b'\r\n' + crlf(['END:VCARD']).encode('ascii'))

with open('android_21.vcf', 'w', encoding='utf-8', newline='') as f:
    f.write(android)
with open('iphone_30.vcf', 'w', encoding='utf-8', newline='') as f:
    f.write(iphone)
with open('google_30.vcf', 'wb') as f:
    f.write(b'\xef\xbb\xbf' + google.encode('utf-8'))  # Google writes no BOM; Windows editors add one
with open('outlook_21_1256.vcf', 'wb') as f:
    f.write(outlook)
with open('rfc6350_40.vcf', 'wb') as f:
    f.write(v4)
