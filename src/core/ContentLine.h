#pragma once
// The content lines vCard (RFC 6350 / RFC 2426) and iCalendar (RFC 5545)
// share: "NAME;PARAM=VALUE:value", text escaping (\\ \, \; \n), and folding
// at 75 octets with CRLF line ends, never splitting a UTF-8 sequence.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace peyvand::ContentLine {

// Escapes a text value: backslash, comma, semicolon, newline (CR LF and CR too).
QString escape(const QString &text);
// Undoes escape(); \N counts as \n; an unknown escape keeps its backslash.
QString unescape(const QString &value);
// Splits a structured value (N, ADR, ORG) at the semicolons that are not
// escaped, then unescapes each component.
QStringList components(const QString &value);
// Joins components escaped, with semicolons (trailing empty ones kept: N has five).
QString structured(const QStringList &components);
// The line as UTF-8, folded so that no line exceeds 75 octets (a continuation
// line starts with one space), each line ending in CRLF.
QByteArray fold(const QString &line);

} // namespace peyvand::ContentLine
