// peyvand-cli init: create or migrate a database.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "Migrations.h"

namespace peyvand::cli {

Command makeInitCommand()
{
    return Command { QStringLiteral("init"), QStringLiteral("create or migrate a database"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH|URL] init\n\n"
                                    "Creates the database file when it does not exist and brings its schema\n"
                                    "to the version this program knows. Safe to run on an up-to-date file.\n"
                                    "With a postgresql:// URL it sets up Peyvand's schema in an empty server\n"
                                    "database (made beforehand with createdb; docs/team-mode.md).\n"),
                     [](CliContext &ctx, const QStringList &words) {
                         const CliArgs args(words, {}, {});
                         CommandSupport::expectPositional(args, 0, "");
                         const auto store = ctx.openStore(true);
                         ctx.out << "database " << ctx.databaseName() << " is at schema version "
                                 << store->schemaVersion() << '\n';
                         return 0;
                     },
                     true };
}

} // namespace peyvand::cli
