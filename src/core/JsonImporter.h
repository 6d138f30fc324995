#pragma once
// Imports Peyvand's JSON full export into an empty database, all or nothing:
// a first pass reads the whole file and checks everything (format and
// version, schema version not newer than the program's, every field's type,
// code, date and range, required fields, ids unique, references, counts)
// without writing; only then a second pass writes it through the store's
// SnapshotWriter in one transaction, ids preserved. Bad input is a
// ValidationError naming the path (e.g. "customers[12].national_id");
// nothing is written then. Memory: one record plus the validator's id sets.
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

    explicit JsonImporter(DataStore &store);

    Result run(const QString &path, const Progress &progress = {});
    // The checking pass alone, on a stream, without a database (the fuzz tests
    // feed it arbitrary bytes): the same ValidationError run() would throw, else
    // what the file holds. `programSchema` is the newest schema version accepted.
    static Result check(std::istream &in, int programSchema);

private:
    static Result pass(std::istream &in, std::uint64_t fileBytes, SnapshotWriter *writer, int programSchema,
                       const Progress &progress);

    DataStore &m_store;
};

} // namespace peyvand
