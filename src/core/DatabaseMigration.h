#pragma once
// Copies a whole database into another, empty one — an office's embedded
// SQLite file up to a team's PostgreSQL server (`peyvand-cli migrate-to`) —
// and then proves the copy lossless: both are read back and compared record
// by record (SnapshotComparison), every field of every entity.
//
// The audit trail comes along, oldest first (its entries get new ids, in the
// same order), and so do the users' password hashes.
//
// The copy is the target's SnapshotWriter: ids kept, one transaction, so a
// refused or failed copy leaves the target as empty as it was; the source is
// only read (one consistent state, while others may go on writing to it).
// The acting user (the source's) needs export_data there and becomes the
// author of the target's one audit entry ("migrate", with the counts).
// Refusals: ValidationError "target"/"not_empty" (from the writer),
// "target"/"older_schema" (the target program's schema is older than the
// source's); PermissionError.
#include "Clock.h"
#include "DataStore.h"

#include <functional>
#include <string>
#include <vector>

namespace peyvand {

class DatabaseMigration
{
public:
    enum class Phase { Copying, Finishing, Verifying };
    // (phase, section, records of the whole snapshot done, total); step: the writer's final steps.
    using Progress = std::function<void(Phase phase, const char *section, qint64 done, qint64 total)>;

    struct Result
    {
        SnapshotCounts counts;
        qint64 auditEntries = 0; // the source's audit trail, copied oldest first
        std::vector<std::string> differences; // empty: the target holds exactly the source's data
    };

    DatabaseMigration(DataStore &source, DataStore &target, const Clock &clock);

    Result run(const Progress &progress = {});

private:
    DataStore &m_source;
    DataStore &m_target;
    const Clock &m_clock;
};

} // namespace peyvand
