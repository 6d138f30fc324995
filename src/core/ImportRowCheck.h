#pragma once
// The problems of a few rows of a file as the import would find them, without
// a database: each row through the same row builders (check digits, phones,
// dates, required fields) the importer uses. The wizard's live preview shows
// them cell by cell while the user maps columns; duplicates and unknown
// companies need the database and are found by the import itself.
#include "CsvReader.h"
#include "ImportMapping.h"

#include <QDate>

namespace peyvand::ImportRowCheck {

// The problems of each row (same order as `rows`; `rowNumbers` are their
// numbers in the file), for a mapping that check() accepts.
QList<ImportProblems> problems(const ImportMapping &mapping, TextEncoding encoding, const QList<CsvRecord> &rows,
                               const QList<qint64> &rowNumbers, const QDate &today);

} // namespace peyvand::ImportRowCheck
