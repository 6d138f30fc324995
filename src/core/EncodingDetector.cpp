#include "EncodingDetector.h"

namespace peyvand::EncodingDetector {

namespace {

bool startsWith(const QByteArray &head, const char *bytes, int size)
{
    return head.size() >= size && std::equal(bytes, bytes + size, head.constData());
}

// A control character that never appears in a text file (tab, line feed,
// vertical tab, form feed and carriage return do).
bool isBinaryByte(unsigned char b)
{
    return b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r';
}

struct Utf8Census
{
    qint64 multiByte = 0; // well-formed characters of two or more bytes
    qint64 invalid = 0; // bytes that start no well-formed character
};

// Counts well-formed multi-byte sequences and invalid bytes (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Census census(const QByteArray &bytes, bool complete)
{
    Utf8Census c;
    const auto *d = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = d[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF)
            length = 2;
        else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        }
        if (length == 0) {
            ++c.invalid;
            ++i;
            continue;
        }
        int k = 1;
        bool ok = true;
        for (; k < length && i + k < n; ++k) {
            const unsigned char cb = d[i + k];
            if (k == 1 ? (cb < lo || cb > hi) : (cb < 0x80 || cb > 0xBF)) {
                ok = false;
                break;
            }
        }
        if (ok && i + k == n && k < length) {
            if (!complete)
                break; // cut by the end of the sample
            ok = false;
        }
        if (ok) {
            ++c.multiByte;
            i += length;
        } else {
            ++c.invalid;
            i += k;
        }
    }
    return c;
}

} // namespace

int bomLength(const QByteArray &head, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return startsWith(head, "\xEF\xBB\xBF", 3) ? 3 : 0;
    case TextEncoding::Utf16LE:
        return startsWith(head, "\xFF\xFE", 2) ? 2 : 0;
    case TextEncoding::Utf16BE:
        return startsWith(head, "\xFE\xFF", 2) ? 2 : 0;
    case TextEncoding::Windows1256:
        break;
    }
    return 0;
}

Result detect(const QByteArray &head, bool complete)
{
    Result r;
    if (head.isEmpty()) {
        r.verdict = Verdict::Empty;
        return r;
    }
    if (startsWith(head, "PK\x03\x04", 4)) {
        r.verdict = Verdict::Workbook;
        r.workbookFormat = QStringLiteral("xlsx");
        return r;
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        r.verdict = Verdict::Workbook;
        r.workbookFormat = QStringLiteral("xls");
        return r;
    }
    for (TextEncoding e : { TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE }) {
        if (const int bom = bomLength(head, e)) {
            r.encoding = e;
            r.bomLength = bom;
            if (head.size() == bom)
                r.verdict = Verdict::Empty;
            return r; // UTF-16 text is full of NUL bytes: no binary check on the raw bytes
        }
    }
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (isBinaryByte(static_cast<unsigned char>(head[i]))) {
            r.verdict = Verdict::Binary;
            r.offset = i;
            return r;
        }
    }
    const Utf8Census c = census(head, complete);
    // Windows-1256 Persian text happens to hold a few well-formed UTF-8 pairs
    // (ا followed by گ is C7 90), but far more invalid bytes; a UTF-8 file with
    // a damaged byte has the opposite proportion and is reported line by line.
    if (c.invalid > 0 && c.multiByte < 10 * c.invalid)
        r.encoding = TextEncoding::Windows1256;
    return r;
}

} // namespace peyvand::EncodingDetector
