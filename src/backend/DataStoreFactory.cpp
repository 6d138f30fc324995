#include "DataStoreFactory.h"

#include "PgDataStore.h"
#include "PgUrl.h"
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
