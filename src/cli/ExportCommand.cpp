// peyvand-cli export: the database, or part of it, to a file. Each format's
// writing lives in its own file (JSON: ExportJson.cpp); this file picks one.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "JsonTransfer.h"
#include "UsageError.h"

#include <QFileInfo>

namespace peyvand::cli {

namespace {

const char *const kUsage = "Usage: peyvand-cli [--db PATH] export FILE [--format json] [--quiet]\n\n"
                           "Writes the whole database (every entity with its ids and histories) as a JSON\n"
                           "full export (docs/formats.md); peyvand-cli import FILE.json reads it back into a\n"
                           "new database. The format comes from the extension (.json) unless --format is\n"
                           "given. The file is written as FILE.part and renamed when complete. Progress goes\n"
                           "to standard error unless --quiet.\n"
                           "Exit codes: 0 written, 1 the database or the file cannot be used, 2 usage error.\n";

QString exportFormat(const CliArgs &args, const QString &file)
{
    const QString format = args.value(QStringLiteral("format"), QFileInfo(file).suffix().toLower());
    if (format == QLatin1String("json"))
        return format;
    if (format == QLatin1String("csv") || format == QLatin1String("vcf") || format == QLatin1String("ics"))
        throw UsageError("exporting " + format.toStdString() + " is not available yet");
    if (!args.value(QStringLiteral("format")))
        throw UsageError("cannot tell the format of '" + file.toStdString() + "' from its name; give --format json");
    throw UsageError("--format must be json, not '" + format.toStdString() + "'");
}

int runExport(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, { QStringLiteral("quiet") });
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    const QString format = exportFormat(args, file);
    if (format == QLatin1String("json"))
        return JsonTransfer::exportJson(ctx, file, args.has(QStringLiteral("quiet")));
    return 2;
}

} // namespace

Command makeExportCommand()
{
    return Command { QStringLiteral("export"), QStringLiteral("export the whole database as JSON"),
                     QString::fromUtf8(kUsage), runExport };
}

} // namespace peyvand::cli
