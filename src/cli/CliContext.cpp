#include "CliContext.h"

#include "Authenticator.h"
#include "PasswordInput.h"
#include "SignInError.h"

#include <spdlog/spdlog.h>

namespace peyvand::cli {

std::unique_ptr<SqliteDataStore> CliContext::openStoreWithoutSignIn(bool createMissing) const
{
    return std::make_unique<SqliteDataStore>(databasePath,
                                             createMissing ? SqliteDatabase::OpenMode::CreateAndMigrate
                                                           : SqliteDatabase::OpenMode::MigrateExisting);
}

std::unique_ptr<SqliteDataStore> CliContext::openStore(bool createMissing) const
{
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
