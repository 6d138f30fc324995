#pragma once
// How a CSV file is written (its encoding and field separator) and the limits
// the reader holds it to, so that a broken file is refused quickly with a clear
// message instead of filling the memory.
#include "TextEncoding.h"

#include <QChar>

namespace peyvand {

struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    QChar separator = QLatin1Char(',');
};

struct CsvLimits
{
    // No customer field is this long; a longer one is almost always a quote
    // left open that swallows the rest of the file.
    qsizetype maxFieldChars = 65536;
    qsizetype maxColumns = 1000;
};

// The separators a file may use: comma, semicolon, tab, and the Persian
// semicolon (؛) that Excel writes when Windows' list separator is Persian.
inline constexpr char16_t kCsvSeparators[] = { u',', u';', u'\t', u'\u061B' };

} // namespace peyvand
