#pragma once
// What every command gets: its output streams, the database it works on, the
// clock, the user named by the global --user, and the words after the command
// name. Opening the store signs that user in (docs/cli.md, "Signing in").
#include "Clock.h"
#include "DataStore.h"

#include <QTextStream>
#include <memory>

namespace peyvand::cli {

class PasswordInput;

struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString databasePath; // the global --db: a SQLite file path or a postgresql:// URL
    bool verbose = false;
    const Clock &clock;
    QString userName; // the global --user; empty when not given
    bool signInRequired = true; // false for the commands open to whoever can open the file
    PasswordInput *passwords = nullptr; // PEYVAND_PASSWORD / PEYVAND_NEW_PASSWORD or standard input

    // Opens and migrates the database. Only `init` and `seed` create a missing
    // file; every other command refuses it, so a mistyped --db writes nothing.
    // Then, unless the command is open (signInRequired false), signs in and
    // makes the user the store's actor: SignInError (exit 3) when that fails.
    // On a server, "missing" is a database without Peyvand's schema.
    std::unique_ptr<DataStore> openStore(bool createMissing = false) const;
    // Opens without signing in (commands that decide themselves, like `user add`).
    std::unique_ptr<DataStore> openStoreWithoutSignIn(bool createMissing = false) const;
    // For commands that only read (the exports): a current database is opened
    // read-only, an older one migrated first as openStore() does; signs in.
    std::unique_ptr<DataStore> openStoreForReading() const;
    // True when --db is a postgresql:// URL (team mode).
    bool onServer() const;
    // --db for messages: the path, or the URL without its password.
    QString databaseName() const;
    // Signs --user in with the password from PEYVAND_PASSWORD or standard input
    // and sets the store's actor. SignInError when no --user was given or it fails.
    User signIn(DataStore &store) const;
    // The password given for --user (read once).
    QString password() const;
};

} // namespace peyvand::cli
