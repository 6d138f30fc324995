// peyvand-cli restore FILE: replaces the database with a backup after checking
// it, keeping the replaced database in the backup folder (BackupService).
#include "BackupOutput.h"
#include "BackupService.h"
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "JsonFormat.h"

#include <QElapsedTimer>

namespace peyvand::cli {

namespace {

const char *const kUsage = "Usage: peyvand-cli [--db PATH] restore FILE [--format table|json] [--quiet]\n\n"
                           "Replaces the whole database with the backup in FILE. FILE is checked first\n"
                           "(SQLite's integrity_check, Peyvand's tables, a schema version not newer than this\n"
                           "program's); a damaged file, a file that is not a Peyvand backup or one from a newer\n"
                           "Peyvand is refused and the database is left as it was. Then the current database is\n"
                           "copied into the backup folder as NAME-YYYY-MM-DD-HHMMSSZ-before-restore.sqlite, and\n"
                           "the backup is copied in as one transaction (the desktop app and other commands see\n"
                           "the old data or the new, never a mix). A backup of an older schema is migrated.\n"
                           "The database's backup settings stay as they were.\n\n"
                           "  --format      table (default) or json\n"
                           "  --quiet       no progress on standard error\n\n"
                           "Exit codes: 0 restored, 1 FILE refused or the database cannot be used (the\n"
                           "database unchanged), 2 usage error.\n";

int runRestore(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, { QStringLiteral("quiet") });
    CommandSupport::expectPositional(args, 1, "FILE");
    const auto format = CommandSupport::format(args);
    const QString file = args.positional().at(0);
    const auto store = ctx.openStore();
    BackupService backups(*store, ctx.clock);
    // Sign-in: only admins restore (BackupService::restore).
    BackupOutput output(args.has(QStringLiteral("quiet")) || format == CommandSupport::Format::Json);
    QElapsedTimer timer;
    timer.start();
    const RestoreResult result = backups.restore(file, output.options());
    const double seconds = timer.elapsed() / 1000.0;
    if (format == CommandSupport::Format::Json) {
        JsonFormat::print(ctx.out,
                          { { "database", ctx.databaseName().toStdString() },
                            { "restored_from", result.restoredFrom.toStdString() },
                            { "kept_as", result.keptAs.path.toStdString() },
                            { "backup_schema_version", result.outcome.backup.schemaVersion },
                            { "schema_version", result.outcome.schemaVersion },
                            { "seconds", seconds } });
    } else {
        ctx.out << "restored " << ctx.databaseName() << " from " << result.restoredFrom;
        if (result.outcome.backup.schemaVersion != result.outcome.schemaVersion)
            ctx.out << " (schema " << result.outcome.backup.schemaVersion << ", updated to "
                    << result.outcome.schemaVersion << ')';
        ctx.out << " in " << QString::number(seconds, 'f', 1) << " s\n";
        ctx.out << "the replaced database was kept as " << result.keptAs.path << '\n';
    }
    return 0;
}

} // namespace

Command makeRestoreCommand()
{
    return Command { QStringLiteral("restore"), QStringLiteral("replace the database with a checked backup"),
                     QString::fromUtf8(kUsage), runRestore };
}

} // namespace peyvand::cli
