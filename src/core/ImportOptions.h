#pragma once
// How to import a CSV file: what it holds, how it is written (unset: detected),
// which column fills which field, what to do with duplicates and invalid rows,
// and the hooks a long import reports to (progress) and is stopped by (cancel).
#include "CsvFormat.h"
#include "ImportKind.h"
#include "ImportMapping.h"

#include <QPair>
#include <atomic>
#include <functional>
#include <optional>

namespace peyvand {

struct ImportProgress
{
    qint64 rows = 0; // data rows read so far
    qint64 bytesRead = 0;
    qint64 totalBytes = 0; // the file's size, 0 when unknown
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Individual;
    std::optional<TextEncoding> encoding; // unset: detected
    std::optional<QChar> separator; // unset: detected
    // A complete mapping (the wizard's, made from the same file's header); unset:
    // recognised from the header, then changed by `mapOverrides`.
    std::optional<ImportMapping> mapping;
    QList<QPair<ImportField, QString>> mapOverrides; // --map field=column (header text or 1-based position)
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool skipInvalid = false; // import the valid rows even when others are invalid
    bool dryRun = false; // check everything, write nothing
    qint64 ownerId = 0; // owner of new customers (0: nobody)
    // Contacts only: every contact belongs to this legal entity (a vCard import
    // into a chosen company) instead of the one the row names by national ID.
    std::optional<qint64> companyId;
    CsvLimits limits;
    int chunkRows = 1000; // rows per duplicate lookup, progress report and cancel check

    // Called after every chunk of rows and at the end, on the importing thread.
    std::function<void(const ImportProgress &)> progress;
    // Checked after every chunk: once true the import stops and writes nothing.
    const std::atomic_bool *cancel = nullptr;
};

} // namespace peyvand
