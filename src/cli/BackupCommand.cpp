// peyvand-cli backup [FILE]: a consistent copy of the whole database, to FILE or
// into the backup folder with rotation (BackupService).
#include "BackupOutput.h"
#include "BackupService.h"
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "JsonFormat.h"
#include "UsageError.h"
#include "ValidationError.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace peyvand::cli {

namespace {

const char *const kUsage
    = "Usage: peyvand-cli [--db PATH] backup [FILE] [--overwrite] [--format table|json] [--quiet]\n\n"
      "Copies the whole database into FILE with SQLite's online backup API: one consistent\n"
      "state even while the desktop app or other commands write. The copy is written as\n"
      "FILE.part, flushed to disk, checked (quick_check and schema version) and renamed.\n"
      "A backup file is a complete Peyvand database (peyvand --db FILE opens it).\n\n"
      "Without FILE the backup goes into the database's backup folder (the desktop app's\n"
      "setting; by default `backups` beside the database) as NAME-YYYY-MM-DD-HHMMSSZ.sqlite\n"
      "(UTC), and the oldest backups there beyond the number to keep (default 7) are deleted.\n\n"
      "  --overwrite   replace FILE when it exists (otherwise refused)\n"
      "  --format      table (default) or json\n"
      "  --quiet       no progress on standard error\n\n"
      "Exit codes: 0 backed up, 1 the database cannot be read or the backup cannot be\n"
      "written (no file left behind), 2 usage error.\n";

nlohmann::json removedList(const QList<BackupFile> &removed)
{
    nlohmann::json list = nlohmann::json::array();
    for (const BackupFile &f : removed)
        list.push_back(f.path.toStdString());
    return list;
}

int runBackup(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, { QStringLiteral("overwrite"), QStringLiteral("quiet") });
    if (args.positional().size() > 1)
        throw UsageError("unexpected argument '" + args.positional().at(1).toStdString() + "'");
    const auto format = CommandSupport::format(args);
    const QString file = args.positional().value(0);
    if (!file.isEmpty() && QFileInfo::exists(file) && !args.has(QStringLiteral("overwrite")))
        throw ValidationError(QStringLiteral("FILE"), QStringLiteral("exists"),
                              QStringLiteral("%1: already exists; give --overwrite to replace it").arg(file),
                              QStringLiteral("این فایل از قبل هست: %1").arg(file));
    const auto store = ctx.openStore();
    BackupService backups(*store, ctx.clock);
    // Sign-in: only admins back up (BackupService::backupNow / backupTo).
    BackupOutput output(args.has(QStringLiteral("quiet")) || format == CommandSupport::Format::Json);
    QElapsedTimer timer;
    timer.start();
    BackupResult result;
    QString folder;
    if (file.isEmpty()) {
        folder = backups.folder();
        result = backups.backupNow(output.options());
    } else {
        result.check = backups.backupTo(file, output.options());
        result.file.path = QFileInfo(file).absoluteFilePath();
        result.file.bytes = result.check.bytes;
        result.file.takenAt = ctx.clock.now();
    }
    const double seconds = timer.elapsed() / 1000.0;
    if (format == CommandSupport::Format::Json) {
        JsonFormat::print(ctx.out,
                          { { "database", ctx.databaseName().toStdString() },
                            { "file", result.file.path.toStdString() },
                            { "bytes", result.file.bytes },
                            { "schema_version", result.check.schemaVersion },
                            { "folder", folder.isEmpty() ? nlohmann::json() : nlohmann::json(folder.toStdString()) },
                            { "removed", removedList(result.removed) },
                            { "seconds", seconds } });
    } else {
        ctx.out << "backed up " << ctx.databaseName() << " to " << result.file.path << " ("
                << QString::number(result.file.bytes / 1048576.0, 'f', 1) << " MiB, schema "
                << result.check.schemaVersion << ") in " << QString::number(seconds, 'f', 1) << " s\n";
        for (const BackupFile &f : result.removed)
            ctx.out << "removed old backup " << f.path << '\n';
    }
    return 0;
}

} // namespace

Command makeBackupCommand()
{
    return Command { QStringLiteral("backup"), QStringLiteral("copy the whole database to a backup file"),
                     QString::fromUtf8(kUsage), runBackup };
}

} // namespace peyvand::cli
