#pragma once
// peyvand-cli acts as the file's first active admin, else manager (a stopgap
// until sign-in, CliContext::actAsStopgapUser); a file that only `init` made
// has neither, so tests that run commands on one add a manager first.
#include "SqliteDataStore.h"

namespace peyvand::test {

inline void addCliManager(const QString &dbPath)
{
    SqliteDataStore store(dbPath, SqliteDatabase::OpenMode::MigrateExisting);
    store.transaction([&] {
        store.users().add(
            User { 0, QStringLiteral("cli_manager"), QStringLiteral("مدیر آزمون"), UserRole::Manager, true });
    });
}

} // namespace peyvand::test
