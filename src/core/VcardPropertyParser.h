#pragma once
// Reads one unfolded vCard content line ("item1.TEL;TYPE=CELL:+98 912…") into
// a property: group, upper-case name, parameters in the 3.0/4.0 syntax
// (TYPE=a,b, quoted values, RFC 6868 ^-escapes) and the 2.1 one (bare TYPE
// values, ENCODING and CHARSET), then decodes the value: quoted-printable,
// then the charset (UTF-8 by default; bytes that are not UTF-8 without a
// CHARSET are read as Windows-1256, the "ANSI" code page of Persian Windows).
#include "VcardCard.h"

#include <QByteArray>

namespace peyvand::VcardPropertyParser {

// False when the line is not a content line (no name, no colon).
bool parse(const QByteArray &line, qint64 lineNumber, VcardProperty &property);
// Whether a raw (still folded) line's parameters ask for quoted-printable,
// whose soft line breaks ("=" at the end of a line) join the next line.
bool isQuotedPrintable(const QByteArray &line);
QByteArray decodeQuotedPrintable(const QByteArray &bytes);

} // namespace peyvand::VcardPropertyParser
