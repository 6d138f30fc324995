#pragma once
// Finds the field separator of a CSV file from the text of its first lines:
// the candidate (comma, semicolon, tab, Persian semicolon) that splits the
// header into the most columns and the following records into as many.
#include <QString>

namespace peyvand::CsvSniffer {

// `sample` is the decoded start of the file; `complete` says it is the whole
// file (otherwise its last, possibly cut, line is ignored).
QChar separator(const QString &sample, bool complete);

} // namespace peyvand::CsvSniffer
