#include "CliContext.h"

namespace peyvand::cli {

void actAsStopgapUser(DataStore &store)
{
    const QList<User> users = store.users().all();
    for (UserRole role : { UserRole::Admin, UserRole::Manager })
        for (const User &u : users)
            if (u.active && u.role == role) {
                store.setActor(u);
                return;
            }
}

std::unique_ptr<SqliteDataStore> CliContext::openStore(bool createMissing) const
{
    auto store = std::make_unique<SqliteDataStore>(databasePath,
                                                   createMissing ? SqliteDatabase::OpenMode::CreateAndMigrate
                                                                 : SqliteDatabase::OpenMode::MigrateExisting);
    actAsStopgapUser(*store); // STOPGAP: replaced by sign-in (--user)
    return store;
}

} // namespace peyvand::cli
