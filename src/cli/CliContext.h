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

    // Opens (creating and migrating when needed) the database.
    std::unique_ptr<SqliteDataStore> openStore() const;
};

} // namespace peyvand::cli
