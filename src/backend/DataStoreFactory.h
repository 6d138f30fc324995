#pragma once
// Opens the DataStore a location names, whichever backend it is: a
// postgresql:// (or postgres://) URL is a PostgreSQL server (PgDataStore,
// team mode), anything else a SQLite file path (SqliteDataStore, the
// default). The only place that knows both backends; the CLI and the desktop
// app choose a database through it (--db, settings, the sign-in dialog).
#include "DataStore.h"
#include "StoreOpenMode.h"

#include <QString>
#include <memory>

namespace peyvand {

class DataStoreFactory
{
public:
    static bool isServerUrl(const QString &location);
    // Refusals are the backends' own (ValidationError / DatabaseError): a
    // missing file or uninitialised database unless CreateAndMigrate, a bad
    // URL, an unreachable server, a wrong password, a newer schema.
    static std::unique_ptr<DataStore> open(const QString &location,
                                           StoreOpenMode mode = StoreOpenMode::CreateAndMigrate);
    // Opens `location` signed in at the server as `userName`: a postgresql://
    // URL without a password names the server only, and each Peyvand user
    // connects as their own database role with their own password (the
    // server checks it and enforces the role; docs/team-mode.md). A file, or
    // a URL that carries its own credentials, opens as open() does. The
    // Peyvand sign-in (Authenticator) still follows on the store.
    static std::unique_ptr<DataStore> openAs(const QString &location, const QString &userName, const QString &password,
                                             StoreOpenMode mode = StoreOpenMode::MigrateExisting);
    // True when openAs() connects as the user's own database role.
    static bool connectsAsUser(const QString &location);
    // For display: the file path, or the URL without its password.
    static QString displayName(const QString &location);
};

} // namespace peyvand
