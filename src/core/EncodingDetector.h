#pragma once
// Guesses what the first bytes of a file are: a text encoding (by its byte order
// mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1256), or
// something that is not a text file at all (an Excel workbook, binary data).
#include "TextEncoding.h"

#include <QByteArray>
#include <QString>

namespace peyvand::EncodingDetector {

enum class Verdict { Text, Empty, Binary, Workbook };

struct Result
{
    Verdict verdict = Verdict::Text;
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte order mark to skip
    qint64 offset = -1; // Binary: the first byte that cannot be text
    QString workbookFormat; // Workbook: "xlsx" or "xls"
};

// `head` is the start of the file (64 KiB is plenty); `complete` says it is the
// whole file, so a multi-byte character cut at its end is an error, not a cut.
Result detect(const QByteArray &head, bool complete);

// The length of the byte order mark of `encoding` at the start of `head`, 0 if none.
int bomLength(const QByteArray &head, TextEncoding encoding);

} // namespace peyvand::EncodingDetector
