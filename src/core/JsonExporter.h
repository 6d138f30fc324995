#pragma once
// Writes a whole database as Peyvand's JSON full export (docs/formats.md):
// the header with the counts, then each section record by record, one record
// per line. Streams: a record is built with nlohmann/json and written at
// once, the arrays and the object around them by hand, so memory stays that
// of one record whatever the size of the database.
#include "DataStore.h"
#include "SnapshotReader.h"

#include <QDateTime>
#include <functional>
#include <ostream>

namespace peyvand {

class JsonExporter
{
public:
    // `done` records of `total` written so far.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    JsonExporter(SnapshotReader &reader, const QDateTime &exportedAt);
    // The whole of `store`, as its signed-in user: PermissionError without export_data.
    JsonExporter(const DataStore &store, SnapshotReader &reader, const QDateTime &exportedAt);

    // Writes the export to `out` (throws std::runtime_error when it cannot be written); the counts written.
    SnapshotCounts write(std::ostream &out, const Progress &progress = {});

private:
    SnapshotReader &m_reader;
    QDateTime m_exportedAt;
};

} // namespace peyvand
