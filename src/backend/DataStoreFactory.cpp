#include "DataStoreFactory.h"

#include "CredentialRules.h"
#include "PgAccessNames.h"
#include "PgDataStore.h"
#include "PgUrl.h"
#include "SignInError.h"
#include "SqliteDataStore.h"

namespace peyvand {

namespace {

SqliteDatabase::OpenMode sqliteMode(StoreOpenMode mode)
{
    switch (mode) {
    case StoreOpenMode::CreateAndMigrate:
        return SqliteDatabase::OpenMode::CreateAndMigrate;
    case StoreOpenMode::MigrateExisting:
        return SqliteDatabase::OpenMode::MigrateExisting;
    case StoreOpenMode::ReadOnly:
        return SqliteDatabase::OpenMode::ReadOnly;
    }
    return SqliteDatabase::OpenMode::MigrateExisting;
}

} // namespace

bool DataStoreFactory::isServerUrl(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<DataStore> DataStoreFactory::open(const QString &location, StoreOpenMode mode)
{
    if (isServerUrl(location))
        return std::make_unique<PgDataStore>(location.trimmed(), mode);
    return std::make_unique<SqliteDataStore>(location, sqliteMode(mode));
}

bool DataStoreFactory::connectsAsUser(const QString &location)
{
    return isServerUrl(location) && !PgUrl::parse(location.trimmed()).hasPassword();
}

std::unique_ptr<DataStore> DataStoreFactory::openAs(const QString &location, const QString &userName,
                                                    const QString &password, StoreOpenMode mode)
{
    if (!connectsAsUser(location))
        return open(location, mode);
    const PgUrl url = PgUrl::parse(location.trimmed());
    if (userName.trimmed().isEmpty())
        throw SignInError::userRequired();
    if (password.isEmpty())
        throw SignInError::passwordRequired();
    try {
        // The password as Peyvand keeps it (NFC), as it was given to the server (PgServerAccounts).
        return std::make_unique<PgDataStore>(
            url.withCredentials(PgAccessNames::loginRole(url.database(), userName.trimmed()),
                                CredentialRules::normalisePassword(password)),
            mode);
    } catch (const ValidationError &e) {
        if (e.code() == QLatin1String("auth_failed"))
            throw SignInError::refusedByServer(userName.trimmed());
        throw;
    }
}

QString DataStoreFactory::displayName(const QString &location)
{
    if (!isServerUrl(location))
        return location;
    try {
        return PgUrl::parse(location.trimmed()).redacted();
    } catch (const std::exception &) {
        return QStringLiteral("postgresql://…");
    }
}

} // namespace peyvand
