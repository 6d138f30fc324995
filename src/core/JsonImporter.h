#pragma once
// Imports Peyvand's JSON full export into an empty database, all or nothing:
// a first pass reads the whole file and checks everything (format and
// version, schema version not newer than the program's, every field's type,
// code, date and range, required fields, ids unique, references, counts)
// without writing; only then a second pass writes it through the store's
// SnapshotWriter in one transaction, ids preserved. Bad input is a
// ValidationError naming the path (e.g. "customers[12].national_id");
// nothing is written then. Memory: one record plus the validator's id sets.
#include "Clock.h"
#include "DataStore.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <istream>

namespace peyvand {

class JsonImporter
{
public:
    enum class Phase { Checking, Writing, Finishing };
    // Bytes of the file read so far in the phase (Finishing: `step` names what).
    using Progress
        = std::function<void(Phase phase, std::uint64_t bytesRead, std::uint64_t fileBytes, const char *step)>;

    struct Result
    {
        SnapshotCounts counts;
        int schemaVersion = 0; // of the database exported
        QString exportedAt;
    };

    // Permissions: the target must be empty, so it has no users and nobody
    // signed in to it; the import is then, like `seed`, open to whoever can
    // open the file. With a signed-in user (a store that has users, which the
    // writer refuses as not empty anyway) it needs import_data. The import is
    // recorded as one audit entry (action "import_snapshot", user 0) committed
    // with the data, at the clock's time (the system clock when none is given).
    explicit JsonImporter(DataStore &store);
    JsonImporter(DataStore &store, const Clock &clock);

    Result run(const QString &path, const Progress &progress = {});
    // The checking pass alone, on a stream, without a database (the fuzz tests
    // feed it arbitrary bytes): the same ValidationError run() would throw, else
    // what the file holds. `programSchema` is the newest schema version accepted.
    static Result check(std::istream &in, int programSchema);

private:
    AuditEntry summaryEntry(const QString &fileName, const Result &result) const;
    static Result pass(std::istream &in, std::uint64_t fileBytes, SnapshotWriter *writer, int programSchema,
                       const Progress &progress);

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
