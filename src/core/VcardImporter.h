#pragma once
// Imports the vCards of a file (2.1, 3.0, 4.0) as individual customers, or as
// the contact persons of one legal-entity customer, all or nothing like
// CsvImporter: every card goes through the CSV import's row builders (the
// domain's validation) and writers (duplicates by national code and mobile
// among stored customers, a company's contacts and the earlier cards), in one
// transaction rolled back on an invalid card (unless skipInvalid), a broken
// file, a cancel or a dry run. Problems name the card (row, from 1) and the
// property (column).
//
// The desktop app: on a worker thread with its own DataStore, run() with
// ImportOptions' progress callback (cards read, bytes) and cancel flag.
#include "Clock.h"
#include "DataStore.h"
#include "ImportOptions.h"
#include "ImportResult.h"
#include "VcardReader.h"

class QIODevice;

namespace peyvand {

class VcardImporter
{
public:
    VcardImporter(DataStore &store, const Clock &clock);

    // options.kind is Individual, or Contact with options.companyId naming a
    // legal entity. Throws PermissionError without import_data, NotFoundError for an unknown company or owner,
    // ValidationError for a company that is not a legal entity or for the Legal
    // kind; lets a database error through (after rolling back).
    ImportResult run(QIODevice &device, const ImportOptions &options, const VcardLimits &limits = {});

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
