// The fuzz target of a JSON full export: the import's checking pass, and for
// a file it accepts, the writing pass into a new database.
#include "FuzzEntries.h"
#include "FuzzSupport.h"
#include "JsonImporter.h"
#include "Migrations.h"
#include "SqliteDataStore.h"
#include "ValidationError.h"

#include <QTemporaryFile>
#include <spdlog/spdlog.h>
#include <sstream>
#include <string>

namespace peyvand::fuzz {

namespace {

// What the check passed the database must take: a constraint the validator
// missed would come out of the writing pass as a DatabaseError (a finding).
// The database is new, in memory, for every file.
void writeAccepted(const std::string &json, const JsonImporter::Result &checked)
{
    QTemporaryFile file;
    expect(file.open(), "cannot write a temporary file");
    file.write(json.data(), qint64(json.size()));
    file.flush();
    // Migrating a new database logs at info level; the fuzzer's output is for findings.
    const auto level = spdlog::get_level();
    spdlog::set_level(spdlog::level::warn);
    struct Restore
    {
        spdlog::level::level_enum level;
        ~Restore() { spdlog::set_level(level); }
    } restore { level };
    SqliteDataStore store(QStringLiteral(":memory:"));
    const JsonImporter::Result written = JsonImporter(store).run(file.fileName());
    expect(written.counts == checked.counts, "the writing pass read other counts than the check");
    expect(store.snapshotReader()->counts() == checked.counts, "the database holds other counts than the file");
}

} // namespace

void jsonSnapshot(const std::uint8_t *data, std::size_t size)
{
    const std::string json(reinterpret_cast<const char *>(data), size);
    std::istringstream in(json, std::ios::binary);
    JsonImporter::Result result;
    try {
        result = JsonImporter::check(in, Migrations::latestVersion());
    } catch (const ValidationError &e) {
        expectClear(e);
        return;
    }
    expect(result.schemaVersion >= 1, "an accepted export has no schema version");
    expect(!result.exportedAt.isEmpty(), "an accepted export has no time");
    for (const qint64 n : { result.counts.users, result.counts.pipelines, result.counts.households,
                            result.counts.customers, result.counts.contacts, result.counts.deals,
                            result.counts.activities, result.counts.orders, result.counts.serviceRequests })
        expect(n >= 0, "an accepted export has a negative count");
    writeAccepted(json, result);
}

} // namespace peyvand::fuzz
