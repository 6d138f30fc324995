#pragma once
// Compares two databases entity by entity through their SnapshotReaders, so
// any two backends (a JSON round trip on SQLite; a SQLite file and the
// PostgreSQL server it was migrated to), not by file bytes. Each record is
// compared as its JSON export record (JsonRecordEncoder covers every field of
// every entity), section by section in id order, streaming: two databases of
// millions of rows are compared in the memory of two records.
#include "SnapshotReader.h"

#include <functional>
#include <string>
#include <vector>

namespace peyvand {

class SnapshotComparison
{
public:
    // Told each section's name as its comparison starts, and records compared so far.
    using Progress = std::function<void(const char *section, qint64 done)>;

    // The first `limit` differences, each as "customers[id 12].national_id: "…" vs "…"";
    // empty when the databases hold the same data.
    static std::vector<std::string> compare(SnapshotReader &left, SnapshotReader &right, std::size_t limit = 10,
                                            const Progress &progress = {});
};

} // namespace peyvand
