#include "CliContext.h"

namespace peyvand::cli {

std::unique_ptr<SqliteDataStore> CliContext::openStore() const
{
    return std::make_unique<SqliteDataStore>(databasePath);
}

} // namespace peyvand::cli
