#pragma once
// What every command gets: its output streams, the database it works on, the
// clock, and the words after the command name.
#include "Clock.h"
#include "SqliteDataStore.h"

#include <QTextStream>
#include <memory>

namespace peyvand::cli {

struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
    bool verbose = false;
    const Clock &clock;

    // Opens and migrates the database. Only `init` and `seed` create a missing
    // file; every other command refuses it, so a mistyped --db writes nothing.
    // The store acts as actAsStopgapUser() chooses.
    std::unique_ptr<SqliteDataStore> openStore(bool createMissing = false) const;
};

// STOPGAP until sign-in (`--user` and a password) exists — the signin work
// replaces this function and its one call in openStore(): the store acts as
// the first active admin, else the first active manager (by id); with
// neither, nobody (id 0), whom every service refuses. Creates nothing.
void actAsStopgapUser(DataStore &store);

} // namespace peyvand::cli
