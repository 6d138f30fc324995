#include "CliContext.h"

#include "Authenticator.h"
#include "CommandSupport.h"
#include "DataStoreFactory.h"
#include "DatabaseError.h"
#include "PasswordInput.h"
#include "SignInError.h"

#include <spdlog/spdlog.h>

namespace peyvand::cli {

std::unique_ptr<DataStore> CliContext::openStoreWithoutSignIn(bool createMissing) const
{
    return DataStoreFactory::open(databasePath,
                                  createMissing ? StoreOpenMode::CreateAndMigrate : StoreOpenMode::MigrateExisting);
}

std::unique_ptr<DataStore> CliContext::openStoreForReading() const
{
    // An export only reads: a current file is opened read-only (nothing, not
    // even the WAL switch, touches it); an older one is migrated first, as
    // every command does.
    std::unique_ptr<DataStore> store;
    try {
        store = DataStoreFactory::connectsAsUser(databasePath) && signInRequired
            ? DataStoreFactory::openAs(databasePath, userName, password(), StoreOpenMode::ReadOnly)
            : DataStoreFactory::open(databasePath, StoreOpenMode::ReadOnly);
        CommandSupport::signInReadOnly(*this, *store);
    } catch (const DatabaseError &) {
        store = openStore();
    } catch (const ValidationError &e) {
        if (e.code() != QLatin1String("older_schema"))
            throw;
        store = openStore();
    }
    return store;
}

bool CliContext::onServer() const
{
    return DataStoreFactory::isServerUrl(databasePath);
}

QString CliContext::databaseName() const
{
    return DataStoreFactory::displayName(databasePath);
}

std::unique_ptr<DataStore> CliContext::openStore(bool createMissing) const
{
    const StoreOpenMode mode = createMissing ? StoreOpenMode::CreateAndMigrate : StoreOpenMode::MigrateExisting;
    // On a server that checks each user itself, --user connects as their own database role.
    if (signInRequired && DataStoreFactory::connectsAsUser(databasePath)) {
        if (userName.trimmed().isEmpty())
            throw SignInError::userRequired();
        auto store = DataStoreFactory::openAs(databasePath, userName, password(), mode);
        signIn(*store);
        return store;
    }
    auto store = openStoreWithoutSignIn(createMissing);
    if (signInRequired)
        signIn(*store);
    return store;
}

QString CliContext::password() const
{
    return passwords ? passwords->password(userName) : QString();
}

User CliContext::signIn(DataStore &store) const
{
    if (userName.trimmed().isEmpty())
        throw SignInError::userRequired();
    Authenticator authenticator(store, clock);
    const User user = authenticator.signIn(userName, password());
    store.setActor(user);
    spdlog::info("signed in as {} ({})", user.username.toStdString(), toCode(user.role).toStdString());
    return user;
}

} // namespace peyvand::cli
