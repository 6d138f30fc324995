#include "TextDecoder.h"

namespace peyvand {

namespace {

// Windows-1256 (Arabic Windows, "ANSI" on Persian Windows), bytes 0x80–0xFF;
// the table of Python's cp1256 codec, which matches Microsoft's bestfit1256.
// Below 0x80 it is ASCII. Every byte is defined, so nothing is ever invalid.
constexpr char16_t kWindows1256[128] = {
    0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152,
    0x0686, 0x0698, 0x0688, 0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122,
    0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA, 0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F, 0x06C1,
    0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D,
    0x062E, 0x062F, 0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639,
    0x063A, 0x0640, 0x0641, 0x0642, 0x0643, 0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF, 0x064B, 0x064C, 0x064D, 0x064E, 0x00F4,
    0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
};

} // namespace

void TextDecoder::decode(const char *bytes, qsizetype size, QString &out)
{
    run(bytes, size, out, false);
}

void TextDecoder::finish(QString &out)
{
    run(nullptr, 0, out, true);
}

void TextDecoder::run(const char *bytes, qsizetype size, QString &out, bool final)
{
    QByteArray joined;
    const char *data = bytes;
    qsizetype n = size;
    if (!m_carry.isEmpty()) {
        joined = m_carry;
        joined.append(bytes, size);
        m_carry.clear();
        data = joined.constData();
        n = joined.size();
    }
    if (n == 0)
        return;
    const auto *d = reinterpret_cast<const unsigned char *>(data);
    // At most one UTF-16 unit per input byte (surrogate pairs come from 4 bytes).
    const qsizetype base = out.size();
    out.resize(base + n);
    auto *o = reinterpret_cast<char16_t *>(out.data()) + base;
    qsizetype written = 0;
    qsizetype used = n;
    switch (m_encoding) {
    case TextEncoding::Utf8:
        written = decodeUtf8(d, n, o, final, used);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        written = decodeUtf16(d, n, o, final, used);
        break;
    case TextEncoding::Windows1256:
        for (qsizetype i = 0; i < n; ++i)
            o[i] = d[i] < 0x80 ? char16_t(d[i]) : kWindows1256[d[i] - 0x80];
        written = n;
        break;
    }
    out.resize(base + written);
    if (used < n)
        m_carry = QByteArray(data + used, n - used);
}

qsizetype TextDecoder::decodeUtf8(const unsigned char *d, qsizetype n, char16_t *o, bool final, qsizetype &used)
{
    char16_t *const start = o;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = d[i];
        if (b < 0x80) {
            *o++ = b;
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            cp = b & 0x0F;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            cp = b & 0x07;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        }
        if (length == 0) {
            *o++ = kReplacement;
            ++m_invalid;
            ++i;
            continue;
        }
        int k = 1;
        bool ok = true;
        for (; k < length && i + k < n; ++k) {
            const unsigned char c = d[i + k];
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (ok && k < length) { // the input ends inside the character
            if (!final) {
                used = i;
                return o - start;
            }
            ok = false;
        }
        if (!ok) {
            // One replacement for the maximal ill-formed subpart (Unicode §3.9).
            *o++ = kReplacement;
            ++m_invalid;
            i += k;
            continue;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            *o++ = char16_t(0xD800 + (cp >> 10));
            *o++ = char16_t(0xDC00 + (cp & 0x3FF));
        } else {
            *o++ = char16_t(cp);
        }
        i += length;
    }
    used = n;
    return o - start;
}

qsizetype TextDecoder::decodeUtf16(const unsigned char *d, qsizetype n, char16_t *o, bool final, qsizetype &used)
{
    char16_t *const start = o;
    const bool little = m_encoding == TextEncoding::Utf16LE;
    auto unit
        = [&](qsizetype i) { return little ? char16_t(d[i] | (d[i + 1] << 8)) : char16_t((d[i] << 8) | d[i + 1]); };
    qsizetype i = 0;
    while (i + 1 < n) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) { // a high surrogate needs its low half
            if (i + 3 >= n) {
                if (!final) {
                    used = i;
                    return o - start;
                }
                *o++ = kReplacement;
                ++m_invalid;
                i += 2;
                continue;
            }
            const char16_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                *o++ = u;
                *o++ = low;
                i += 4;
            } else {
                *o++ = kReplacement;
                ++m_invalid;
                i += 2;
            }
            continue;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) {
            *o++ = kReplacement;
            ++m_invalid;
        } else {
            *o++ = u;
        }
        i += 2;
    }
    if (i < n) { // an odd byte
        if (!final) {
            used = i;
            return o - start;
        }
        *o++ = kReplacement;
        ++m_invalid;
    }
    used = n;
    return o - start;
}

} // namespace peyvand
