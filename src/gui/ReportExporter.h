#pragma once
// Writes the reports to files: PDF (right to left, the UI's Persian font,
// Jalali dates; each measure's chart drawn as a picture and its tables) and
// CSV (every table through CsvWriter, UTF-8 with a byte order mark so Excel
// reads Persian, Persian headers when the UI is Persian). No dialogs here:
// the view asks for the path, tests call these directly.
#include "ReportSet.h"

#include <QString>
#include <memory>

class QTextDocument;

namespace peyvand::ReportExporter {

// "Pipeline: … · Owner: … · Period: ۱ آذر ۱۴۰۳ to ۳۰ آذر ۱۴۰۳ · …"
QString describe(const ReportFilter &filter, const QString &ownerName);
// The PDF's content, laid out right to left in the UI language.
std::unique_ptr<QTextDocument> document(const ReportSet &reports, const QString &description);

// False with `error` (in the UI language) when the file cannot be written.
bool writePdf(const QString &path, const ReportSet &reports, const QString &description, QString *error = nullptr);
bool writeCsv(const QString &path, const ReportSet &reports, QString *error = nullptr);

} // namespace peyvand::ReportExporter
