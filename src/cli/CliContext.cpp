#include "CliContext.h"

namespace peyvand::cli {

std::unique_ptr<SqliteDataStore> CliContext::openStore(bool createMissing) const
{
    return std::make_unique<SqliteDataStore>(databasePath,
                                             createMissing ? SqliteDatabase::OpenMode::CreateAndMigrate
                                                           : SqliteDatabase::OpenMode::MigrateExisting);
}

} // namespace peyvand::cli
