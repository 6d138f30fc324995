#pragma once
// What an import did: the format and columns it read, how many rows went where,
// every problem found, and every duplicate it skipped or merged.
#include "CsvFormat.h"
#include "ImportMapping.h"
#include "ImportProblem.h"

namespace peyvand {

struct ImportCounts
{
    qint64 rows = 0; // data rows read (blank rows not counted)
    qint64 imported = 0; // new customers or contacts
    qint64 updated = 0; // duplicates merged into an existing one (--on-duplicate update)
    qint64 skippedDuplicates = 0; // duplicates left alone (--on-duplicate skip)
    qint64 invalid = 0; // rows with at least one problem
};

struct ImportDuplicate
{
    qint64 row = 0;
    qint64 existingId = 0; // the customer (or contact) it matched
    qint64 earlierRow = 0; // the earlier row of the same file it matched, 0: one already stored
    QString matchedOn; // the field code: national_code, national_id, mobile
    bool updated = false;
};

struct ImportResult
{
    enum class Outcome {
        Committed, // the rows were written (all, or with skipInvalid all valid ones)
        Refused, // invalid rows and no skipInvalid: nothing written
        FileRejected, // the file cannot be read as this kind of CSV: nothing written
        Cancelled, // stopped by the cancel flag: nothing written
        DryRun, // checked only: nothing written
    };

    Outcome outcome = Outcome::FileRejected;
    CsvFormat format;
    ImportMapping mapping;
    ImportCounts counts; // in every outcome, what the rows were (or would have been)
    ImportProblems problems; // file problems (row 0) first, then by row
    QList<ImportDuplicate> duplicates;

    bool written() const { return outcome == Outcome::Committed; }
};

} // namespace peyvand
