#pragma once
// Imports customers (individuals or legal entities) or the contact persons of
// legal entities from a CSV file, all or nothing: every row is validated by the
// domain and checked for duplicates, and the writes happen in ONE transaction
// that is rolled back when a row is invalid (unless skipInvalid: then only the
// valid rows are written, still at once), on a broken file, on cancel, and in a
// dry run. The database is never left half-imported.
//
// The desktop wizard: CsvPreview::read() for the detected format, header and
// first rows; ImportMapping::recognise() for the suggested columns; then, on a
// worker thread with its own DataStore, run() on a freshly opened file with
// ImportOptions (mapping, policy, progress callback, cancel flag).
#include "Clock.h"
#include "DataStore.h"
#include "ImportOptions.h"
#include "ImportResult.h"

class QIODevice;

namespace peyvand {

class CsvImporter
{
public:
    CsvImporter(DataStore &store, const Clock &clock);

    // Reads `device` from its start. Throws PermissionError without
    // import_data (before reading anything), NotFoundError for an ownerId that
    // names no user, and lets a database error through (the transaction is
    // rolled back first); every problem with the file or its rows is in the result.
    ImportResult run(QIODevice &device, const ImportOptions &options);

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
